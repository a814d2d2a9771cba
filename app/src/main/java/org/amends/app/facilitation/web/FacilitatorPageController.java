package org.amends.app.facilitation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.amends.app.areas.ChoiceList;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.web.Labels;
import org.amends.app.facilitation.AwayPeriod;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingCourse;
import org.amends.app.security.CurrentStaff;
import org.amends.app.web.DateParts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A facilitator's page on the register (coordinators and managers): their details, DBS check,
 * cases, hours and training, with small forms to record a course, a supervision, dates away and a
 * conflict of interest with a case. Hours are logged on the volunteer hours page, which it links to.
 */
@Controller
@RequestMapping(RegisterController.PATH + "/{facilitatorId:\\d{1,18}}")
class FacilitatorPageController {

  private static final String[] FORMS = {"courseForm", "supervisionForm", "awayForm", "conflictForm"};

  private final RegisterController register;
  private final FacilitatorService facilitators;
  private final FacilitatorWork work;
  private final CaseService cases;
  private final CurrentStaff staff;
  private final ServiceChoices choices;
  private final Clock clock;

  FacilitatorPageController(RegisterController register, FacilitatorService facilitators,
      FacilitatorWork work, CaseService cases, CurrentStaff staff, ServiceChoices choices, Clock clock) {
    this.register = register;
    this.facilitators = facilitators;
    this.work = work;
    this.cases = cases;
    this.staff = staff;
    this.choices = choices;
    this.clock = clock;
  }

  @GetMapping
  @Audited(AuditAction.FACILITATOR_VIEWED)
  String page(@PathVariable long facilitatorId, Model model) {
    return render(register.facilitator(facilitatorId), model);
  }

  @PostMapping("/courses")
  @Audited(AuditAction.FACILITATOR_TRAINING_RECORDED)
  String course(@PathVariable long facilitatorId, @ModelAttribute("courseForm") RecordForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    String course = FacilitatorFormCheck.trimmed(form.getCourse());
    if (course == null) {
      errors.rejectValue("course", "required", "Enter the name of the course");
    } else if (course.length() > 200) {
      errors.rejectValue("course", "length", "Course name must be 200 characters or fewer");
    }
    LocalDate completed = pastDate(form.getCompletedOn(), "completedOn", "the date they completed the course", errors);
    return record(facilitatorId, errors, model, flash, f -> {
      facilitators.addCourse(f.id(), new TrainingCourse(course, completed));
      return "You recorded the course";
    });
  }

  @PostMapping("/supervisions")
  @Audited(AuditAction.FACILITATOR_SUPERVISION_RECORDED)
  String supervision(@PathVariable long facilitatorId, @ModelAttribute("supervisionForm") RecordForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    LocalDate on = pastDate(form.getSupervisedOn(), "supervisedOn", "the date of the supervision", errors);
    return record(facilitatorId, errors, model, flash, f -> {
      facilitators.addSupervision(f.id(), on);
      return "You recorded the supervision";
    });
  }

  @PostMapping("/away")
  @Audited(AuditAction.FACILITATOR_AWAY_RECORDED)
  String away(@PathVariable long facilitatorId, @ModelAttribute("awayForm") RecordForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    LocalDate first = form.getFirstDay().check("the first day away", "firstDay", errors);
    LocalDate last = form.getLastDay().check("the last day away", "lastDay", errors);
    if (first != null && last != null && last.isBefore(first)) {
      errors.rejectValue("lastDay", "order", "The last day away must be the same as or after the first day away");
    }
    return record(facilitatorId, errors, model, flash, f -> {
      facilitators.addAway(f.id(), new AwayPeriod(first, last));
      return "You recorded the dates away";
    });
  }

  @PostMapping("/conflicts")
  @Audited(AuditAction.CONFLICT_OF_INTEREST_RECORDED)
  String conflict(@PathVariable long facilitatorId, @ModelAttribute("conflictForm") RecordForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    String reference = FacilitatorFormCheck.trimmed(form.getReference());
    Optional<Case> found = reference == null ? Optional.empty()
        : cases.findByReference(reference.toUpperCase(Locale.UK));
    if (reference == null) {
      errors.rejectValue("reference", "required", "Enter the case reference");
    } else if (found.isEmpty()) {
      errors.rejectValue("reference", "unknown", "There is no case with the reference " + reference);
    }
    return record(facilitatorId, errors, model, flash, f -> {
      AuditSubject.caseId(found.get().id());
      facilitators.recordConflict(found.get().id(), f.id(), staff.username());
      return "You recorded a conflict of interest with case " + found.get().reference()
          + ": " + f.name() + " will not be proposed for it";
    });
  }

  private String render(Facilitator f, Model model) {
    LocalDate today = LocalDate.now(clock);
    FacilitatorDetails.addTo(model, f, work, today, true, choices.names(ChoiceList.AREAS));
    model.addAttribute("conflicts", facilitators.conflictsOf(f.id()).stream()
        .map(c -> new FacilitatorDetails.Line(cases.get(c.caseId()).reference(),
            Labels.date(c.recordedOn())))
        .toList());
    for (String form : FORMS) {
      if (!model.containsAttribute(form)) {
        model.addAttribute(form, new RecordForm());
      }
    }
    model.addAttribute("formFailed", model.asMap().values().stream()
        .anyMatch(v -> v instanceof BindingResult result && result.hasErrors()));
    return "facilitation/facilitator";
  }

  /**
   * The end of each "record one" form: with errors the page again, showing them; otherwise the
   * recording is made, and the page is shown again with its message (post/redirect/get).
   */
  private String record(long facilitatorId, BindingResult errors, Model model, RedirectAttributes flash,
      Function<Facilitator, String> recording) {
    Facilitator f = register.facilitator(facilitatorId);
    if (errors.hasErrors()) {
      return render(f, model);
    }
    flash.addFlashAttribute("success", recording.apply(f));
    return "redirect:" + RegisterController.PATH + "/" + f.id();
  }

  private LocalDate pastDate(DateParts parts, String field, String name, BindingResult errors) {
    return parts.checkNotAfter(LocalDate.now(clock), name, field, errors, "today or in the past");
  }
}
