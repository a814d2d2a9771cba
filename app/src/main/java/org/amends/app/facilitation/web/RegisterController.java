package org.amends.app.facilitation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.amends.app.areas.ChoiceList;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.casework.Area;
import org.amends.app.casework.web.Labels;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.amends.app.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The volunteer register (coordinators and managers, SecurityConfiguration): every facilitator,
 * volunteer or staff, with the DBS checks due for renewal listed first so that coordinators see
 * them whenever they open it; adding, changing, deactivating and reactivating facilitators.
 */
@Controller
@RequestMapping(RegisterController.PATH)
class RegisterController {

  static final String PATH = "/volunteers";
  /** The audit log names a facilitator by their id, never by name. */
  static final String FACILITATOR = "FACILITATOR";

  private final FacilitatorService facilitators;
  private final FacilitatorFormCheck check;
  private final ServiceChoices choices;
  private final Clock clock;

  RegisterController(FacilitatorService facilitators, FacilitatorFormCheck check, ServiceChoices choices, Clock clock) {
    this.facilitators = facilitators;
    this.check = check;
    this.choices = choices;
    this.clock = clock;
  }

  @GetMapping
  @Audited(AuditAction.FACILITATORS_LISTED)
  String register(Model model) {
    LocalDate today = LocalDate.now(clock);
    Map<String, String> areaNames = choices.names(ChoiceList.AREAS);
    List<RegisterRow> rows = facilitators.all().stream()
        .filter(f -> f.dateOfBirth() != null) // an erased facilitator is nobody any more
        .sorted(Comparator.comparing(Facilitator::name, String.CASE_INSENSITIVE_ORDER))
        .map(f -> RegisterRow.of(f, today, areaNames))
        .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("dbsDue", rows.stream().filter(r -> r.active() && r.dbs().needsAction()).toList());
    return "facilitation/register";
  }

  @GetMapping("/new")
  String newFacilitator(Model model) {
    model.addAttribute("form", new FacilitatorForm());
    return formPage(model, null, false);
  }

  @PostMapping("/new")
  @Audited(AuditAction.FACILITATOR_ADDED)
  String add(@ModelAttribute("form") FacilitatorForm form, BindingResult errors, Model model,
      RedirectAttributes flash) {
    Facilitator checked = check.check(form, null, errors);
    if (checked == null) {
      return formPage(model, null, true);
    }
    Facilitator added = facilitators.register(checked);
    AuditSubject.subject(FACILITATOR, String.valueOf(added.id()));
    flash.addFlashAttribute("success", "You added " + added.name() + " to the register");
    return "redirect:" + PATH + "/" + added.id();
  }

  @GetMapping("/{facilitatorId:\\d{1,18}}/edit")
  @Audited(AuditAction.FACILITATOR_VIEWED)
  String edit(@PathVariable long facilitatorId, Model model) {
    Facilitator f = facilitator(facilitatorId);
    model.addAttribute("form", FacilitatorForm.of(f));
    return formPage(model, f, false);
  }

  @PostMapping("/{facilitatorId:\\d{1,18}}/edit")
  @Audited(AuditAction.FACILITATOR_CHANGED)
  String change(@PathVariable long facilitatorId, @ModelAttribute("form") FacilitatorForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    Facilitator f = facilitator(facilitatorId);
    Facilitator checked = check.check(form, f.id(), errors);
    if (checked == null) {
      return formPage(model, f, true);
    }
    facilitators.update(facilitatorId, checked);
    flash.addFlashAttribute("success", "You changed the register details of " + checked.name());
    return "redirect:" + PATH + "/" + facilitatorId;
  }

  @PostMapping("/{facilitatorId:\\d{1,18}}/active")
  @Audited(AuditAction.FACILITATOR_ACTIVE_CHANGED)
  String active(@PathVariable long facilitatorId, @RequestParam(required = false) Boolean active,
      RedirectAttributes flash) {
    Facilitator f = facilitator(facilitatorId);
    if (active == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Say whether the facilitator is active");
    }
    facilitators.setAvailable(facilitatorId, active);
    flash.addFlashAttribute("success", active ? "You reactivated " + f.name()
        : "You deactivated " + f.name() + ": they will not be proposed for cases");
    return "redirect:" + PATH + "/" + facilitatorId;
  }

  /** The facilitator, named in the audit log; 404 for one that is not there or was erased. */
  Facilitator facilitator(long facilitatorId) {
    AuditSubject.subject(FACILITATOR, String.valueOf(facilitatorId));
    try {
      Facilitator f = facilitators.get(facilitatorId);
      if (f.dateOfBirth() == null) {
        throw new NoSuchElementException("erased");
      }
      return f;
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such facilitator");
    }
  }

  private String formPage(Model model, Facilitator existing, boolean failed) {
    model.addAttribute("existing", existing);
    model.addAttribute("formFailed", failed);
    // the areas still offered, and any retired one the facilitator already works in
    model.addAttribute("areaOptions", choices.all(ChoiceList.AREAS).stream()
        .filter(a -> !a.retired() || existing != null && existing.servedAreas().contains(new Area(a.code())))
        .map(a -> Option.of(a.code(), a.label())).toList());
    model.addAttribute("trainingOptions", List.of(
        Option.of(TrainingLevel.STANDARD.name(), "Standard", "Trained for most cases"),
        Option.of(TrainingLevel.SPECIALIST.name(), "Specialist",
            "Also trained for sensitive and complex cases: sexual offences, domestic abuse, hate crime, stalking, homicide, very vulnerable people")));
    model.addAttribute("kindOptions", List.of(
        Option.of(FacilitatorForm.VOLUNTEER, "Volunteer"), Option.of(FacilitatorForm.STAFF, "Member of staff")));
    model.addAttribute("latestBirthDate", Labels.date(LocalDate.now(clock).minusYears(Facilitator.MINIMUM_AGE)));
    return "facilitation/facilitator-form";
  }
}
