package org.amends.app.casework.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.VolunteerActivity;
import org.amends.app.casework.VolunteerHours;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.security.CaseAccess;
import org.amends.app.security.CurrentStaff;
import org.amends.app.security.Role;
import org.amends.app.web.HoursRow;
import org.amends.app.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Volunteer hours outside cases (training, supervision, community panels, forums, awareness
 * events, travel to them): a facilitator logs their own; a coordinator logs them for any
 * facilitator. Hours on a case are logged on the case page.
 */
@Controller
class ServiceHoursController {

  static final String PATH = "/volunteer-hours";
  private static final String VIEW = "casework/service-hours";

  private final CaseRecordService records;
  private final FacilitatorService facilitators;
  private final CaseAccess access;
  private final CurrentStaff staff;
  private final Clock clock;

  ServiceHoursController(CaseRecordService records, FacilitatorService facilitators,
      CaseAccess access, CurrentStaff staff, Clock clock) {
    this.records = records;
    this.facilitators = facilitators;
    this.access = access;
    this.staff = staff;
    this.clock = clock;
  }

  /** {@code facilitator}: a coordinator coming from a facilitator's page logs hours for them. */
  @GetMapping(PATH)
  String page(@RequestParam(required = false) String facilitator, Model model) {
    if (isCoordinator() && facilitator != null && facilitator.matches("\\d{1,18}")) {
      HoursForm form = new HoursForm();
      form.setHoursKey(UUID.randomUUID().toString());
      form.setFacilitatorId(facilitator);
      model.addAttribute("hoursForm", form);
    }
    return render(model);
  }

  @Audited(AuditAction.VOLUNTEER_HOURS_LOGGED)
  @PostMapping(PATH)
  String log(@ModelAttribute("hoursForm") HoursForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    Long facilitatorId = allowedFacilitator(form.getFacilitatorId());
    if (facilitatorId == null) {
      errors.rejectValue("facilitatorId", "required", isCoordinator()
          ? "Select the facilitator" : "Your account is not linked to a facilitator record");
    }
    LocalDate workedOn = form.getWorkedOn().checkNotAfter(LocalDate.now(clock), "the date of the work", "workedOn",
        errors, "today or in the past");
    BigDecimal hours = CasePageController.hours(form.getHours(), errors);
    VolunteerActivity activity = CaseSearchForm.code(VolunteerActivity.class, form.getActivity()).orElse(null);
    if (activity == null || !activity.outsideCases()) {
      errors.rejectValue("activity", "required", "Select what the time was spent on");
    }
    if (errors.hasErrors()) {
      return render(model);
    }
    String key = form.getHoursKey() == null || form.getHoursKey().isBlank() ? null
        : "service-hours:" + form.getHoursKey().trim();
    records.logVolunteerHours(new VolunteerHours(null, facilitatorId, null, activity, workedOn, hours, key));
    redirect.addFlashAttribute("success", "Volunteer hours logged");
    return "redirect:" + PATH;
  }

  private String render(Model model) {
    boolean coordinator = isCoordinator();
    Long own = access.ownFacilitatorId().orElse(null);
    if (!model.containsAttribute("hoursForm")) {
      HoursForm form = new HoursForm();
      form.setHoursKey(UUID.randomUUID().toString());
      if (!coordinator && own != null) {
        form.setFacilitatorId(String.valueOf(own));
      }
      model.addAttribute("hoursForm", form);
    }
    model.addAttribute("formFailed", model.asMap().values().stream()
        .anyMatch(v -> v instanceof BindingResult result && result.hasErrors()));
    Map<Long, String> names = facilitators.all().stream()
        .collect(Collectors.toMap(Facilitator::id, Facilitator::name, (a, b) -> a));
    model.addAttribute("coordinator", coordinator);
    model.addAttribute("linked", coordinator || own != null);
    model.addAttribute("facilitators", facilitators.all().stream()
        .filter(f -> f.isAdultOn(LocalDate.now(clock)))
        .map(f -> Option.of(String.valueOf(f.id()), f.name())).toList());
    model.addAttribute("activities", Arrays.stream(VolunteerActivity.values())
        .filter(VolunteerActivity::outsideCases)
        .map(a -> Option.of(a.name(), Labels.sentence(a))).toList());
    List<VolunteerHours> logged = coordinator ? records.latestServiceHours()
        : own == null ? List.of() : records.serviceHours(own);
    Function<Long, String> name = id -> names.getOrDefault(id, "Facilitator " + id);
    model.addAttribute("entries", logged.stream()
        .map(h -> new HoursRow(Labels.date(h.workedOn()), name.apply(h.facilitatorId()),
            Labels.sentence(h.activity()), h.hours().stripTrailingZeros().toPlainString()))
        .toList());
    return VIEW;
  }

  /** The facilitator whose hours these are: the signed-in facilitator's own, or any for a coordinator. */
  private Long allowedFacilitator(String typed) {
    if (!isCoordinator()) {
      return access.ownFacilitatorId().orElse(null);
    }
    if (typed == null || !typed.trim().matches("\\d{1,18}")) {
      return null;
    }
    long id = Long.parseLong(typed.trim());
    return facilitators.all().stream().anyMatch(f -> f.id() == id && f.isAdultOn(LocalDate.now(clock))) ? id : null;
  }

  private boolean isCoordinator() {
    return staff.groups().contains(Role.COORDINATOR.group());
  }
}
