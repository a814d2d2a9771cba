package org.amends.app.casework.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.Party;
import org.amends.app.casework.VolunteerActivity;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.security.CaseAccess;
import org.amends.app.security.CurrentStaff;
import org.amends.app.security.Role;
import org.amends.app.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page and its actions. Each action is a POST form; a mistake shows the page again with
 * an error summary and what was typed, success redirects back to the page with a banner.
 */
@Controller
class CasePageController {

  private static final String VIEW = "casework/case";
  private static final String NOT_FOUND = "error/404";

  private final CaseService cases;
  private final CasePage page;
  private final CaseActions actions;
  private final CaseAccess access;
  private final CurrentStaff staff;
  private final Clock clock;

  CasePageController(CaseService cases, CasePage page, CaseActions actions, CaseAccess access,
      CurrentStaff staff, Clock clock) {
    this.cases = cases;
    this.page = page;
    this.actions = actions;
    this.access = access;
    this.staff = staff;
    this.clock = clock;
  }

  @Audited(AuditAction.CASE_VIEWED)
  @GetMapping("/cases/{id:\\d+}")
  String show(@PathVariable long id, Model model) {
    return render(caseOr404(id), model);
  }

  @Audited(AuditAction.NOTE_ADDED)
  @PostMapping("/cases/{id:\\d+}/notes")
  String addNote(
      @PathVariable long id,
      @ModelAttribute("noteForm") NoteForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Case c = caseOr404(id);
    String note = trimmed(form.getNote());
    if (!c.isOpen()) {
      errors.reject("closed", "Notes cannot be added because the case is closed");
    } else if (note == null) {
      errors.rejectValue("note", "required", "Enter a note");
    } else if (note.length() > NoteForm.MAX_LENGTH) {
      errors.rejectValue("note", "tooLong", "Note must be 5,000 characters or fewer");
    }
    if (errors.hasErrors()) {
      return render(c, model);
    }
    actions.addNote(c, note, requestKey("note", form.getNoteKey()));
    redirect.addFlashAttribute("success", "Note added");
    return "redirect:/cases/" + id + "#timeline";
  }

  @Audited(AuditAction.WITHDRAWAL_RECORDED)
  @PostMapping("/cases/{id:\\d+}/withdrawals")
  String withdraw(
      @PathVariable long id,
      @ModelAttribute("withdrawalForm") WithdrawalForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Case c = caseOr404(id);
    Party party = null;
    if (!c.isOpen()) {
      errors.reject("closed", "A withdrawal cannot be recorded because the case is closed");
    } else {
      party = activeParty(c, form.getPartyId());
      if (party == null) {
        errors.rejectValue("partyId", "required", "Select the person who withdrew");
      }
    }
    String reason = trimmed(form.getWithdrawalReason());
    if (c.isOpen() && reason == null) {
      errors.rejectValue("withdrawalReason", "required", "Enter why they withdrew");
    } else if (reason != null && reason.length() > WithdrawalForm.MAX_LENGTH) {
      errors.rejectValue("withdrawalReason", "tooLong",
          "Reason must be 1,000 characters or fewer");
    }
    if (errors.hasErrors()) {
      return render(c, model);
    }
    try {
      actions.withdraw(c, party, reason);
    } catch (ActionFailed e) {
      errors.reject("engine", e.getMessage());
      return render(c, model);
    }
    redirect.addFlashAttribute("success", "Withdrawal of " + party.name() + " sent to the case’s "
        + "process. Their status changes to withdrawn once it is recorded.");
    return "redirect:/cases/" + id;
  }

  @Audited(AuditAction.CASE_CLOSED)
  @PostMapping("/cases/{id:\\d+}/closure")
  String close(
      @PathVariable long id,
      @ModelAttribute("closureForm") ClosureForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Case c = caseOr404(id);
    ClosureOutcome outcome = code(ClosureOutcome.class, form.getOutcome());
    String reason = trimmed(form.getClosureReason());
    if (!c.isOpen()) {
      errors.reject("closed", "The case is already closed");
    } else {
      if (outcome == null) {
        errors.rejectValue("outcome", "required", "Select the outcome of the case");
      }
      if (reason == null) {
        errors.rejectValue("closureReason", "required", "Enter why the case is being closed");
      } else if (reason.length() > ClosureForm.MAX_LENGTH) {
        errors.rejectValue("closureReason", "tooLong", "Reason must be 1,000 characters or fewer");
      }
    }
    if (errors.hasErrors()) {
      return render(c, model);
    }
    try {
      actions.close(c, outcome, reason);
    } catch (ActionFailed e) {
      errors.reject("engine", e.getMessage());
      return render(cases.get(id), model);
    }
    redirect.addFlashAttribute("success", "Case closed");
    return "redirect:/cases/" + id;
  }

  @Audited(AuditAction.VOLUNTEER_HOURS_LOGGED)
  @PostMapping("/cases/{id:\\d+}/volunteer-hours")
  String logHours(
      @PathVariable long id,
      @ModelAttribute("hoursForm") HoursForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Case c = caseOr404(id);
    if (!c.isOpen()) {
      errors.reject("closed", "Volunteer hours cannot be logged because the case is closed");
      return render(c, model);
    }
    Long facilitatorId = facilitatorId(c, form.getFacilitatorId());
    if (facilitatorId == null) {
      errors.rejectValue("facilitatorId", "required", "Select the facilitator");
    }
    LocalDate workedOn = form.getWorkedOn().checkNotAfter(LocalDate.now(clock), "the date of the work", "workedOn",
        errors, "today or in the past");
    BigDecimal hours = hours(form.getHours(), errors);
    VolunteerActivity activity = code(VolunteerActivity.class, form.getActivity());
    if (activity == null || !activity.onCase()) {
      errors.rejectValue("activity", "required", "Select what the time was spent on");
    }
    if (errors.hasErrors()) {
      return render(c, model);
    }
    actions.logHours(c, facilitatorId, workedOn, hours, activity,
        requestKey("hours", form.getHoursKey()));
    redirect.addFlashAttribute("success", "Volunteer hours logged");
    return "redirect:/cases/" + id + "#volunteer-hours";
  }

  private String render(Case c, Model model) {
    model.addAttribute("caseView", page.of(c));
    model.addAttribute("formFailed", model.asMap().values().stream()
        .anyMatch(v -> v instanceof BindingResult result && result.hasErrors()));
    if (!model.containsAttribute("noteForm")) {
      NoteForm note = new NoteForm();
      note.setNoteKey(UUID.randomUUID().toString());
      model.addAttribute("noteForm", note);
    }
    if (!model.containsAttribute("withdrawalForm")) {
      model.addAttribute("withdrawalForm", new WithdrawalForm());
    }
    if (!model.containsAttribute("closureForm")) {
      model.addAttribute("closureForm", new ClosureForm());
    }
    if (!model.containsAttribute("hoursForm")) {
      HoursForm hours = new HoursForm();
      hours.setHoursKey(UUID.randomUUID().toString());
      model.addAttribute("hoursForm", hours);
    }
    model.addAttribute("activeParties", cases.parties(c.id()).stream()
        .filter(Party::isActive)
        .map(p -> Option.of(String.valueOf(p.id()), p.name(), Labels.role(p.role())))
        .toList());
    model.addAttribute("outcomes", Arrays.stream(ClosureOutcome.values())
        .map(o -> Option.of(o.name(), Labels.outcome(o))).toList());
    List<Facilitator> hoursFacilitators = hoursFacilitators(c);
    model.addAttribute("facilitators", hoursFacilitators.stream()
        .map(f -> Option.of(String.valueOf(f.id()), f.name())).toList());
    // what the page offers follows the URL rules in SecurityConfiguration
    List<String> groups = staff.groups();
    boolean mayRecord = groups.contains(Role.COORDINATOR.group())
        || groups.contains(Role.FACILITATOR.group());
    model.addAttribute("mayRecord", mayRecord);
    model.addAttribute("mayLogHours",
        mayRecord && (access.seesEveryCase() || !hoursFacilitators.isEmpty()));
    model.addAttribute("mayCloseOrWithdraw", groups.contains(Role.COORDINATOR.group()));
    model.addAttribute("activities", Arrays.stream(VolunteerActivity.values())
        .filter(VolunteerActivity::onCase)
        .map(a -> Option.of(a.name(), Labels.sentence(a))).toList());
    return VIEW;
  }

  /**
   * The case, if it exists and the signed-in member of staff may see it. A case they may not see
   * is answered exactly as one that does not exist, so the answer tells them nothing about it.
   */
  private Case caseOr404(long id) {
    return cases.find(id).filter(c -> access.maySee(c.id())).orElseThrow(() -> new CaseNotFound(id));
  }

  /**
   * Whose hours may be logged here: the case's facilitators; a facilitator who does not see
   * every case logs their own hours only.
   */
  private List<Facilitator> hoursFacilitators(Case c) {
    List<Facilitator> known = page.facilitatorsFor(c.id());
    if (access.seesEveryCase()) {
      return known;
    }
    Long own = access.ownFacilitatorId().orElse(null);
    return known.stream().filter(f -> f.id().equals(own)).toList();
  }

  /** Every page and action of a case that does not exist, or is not theirs to see, ends here. */
  @ExceptionHandler(CaseNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return NOT_FOUND;
  }

  private static final class CaseNotFound extends RuntimeException {
    CaseNotFound(long id) {
      super("No case " + id, null, false, false);
    }
  }

  private Party activeParty(Case c, String partyId) {
    Long id = number(partyId);
    return cases.parties(c.id()).stream()
        .filter(p -> p.isActive() && id != null && p.id().equals(id))
        .findFirst()
        .orElse(null);
  }

  private Long facilitatorId(Case c, String value) {
    Long id = number(value);
    if (id == null) {
      return null;
    }
    List<Facilitator> known = hoursFacilitators(c);
    return known.stream().anyMatch(f -> f.id().equals(id)) ? id : null;
  }

  /** Hours as typed ("1.5", "2"): more than 0, at most 24, to the nearest hundredth. */
  static BigDecimal hours(String typed, BindingResult errors) {
    String text = trimmed(typed);
    if (text == null) {
      errors.rejectValue("hours", "required", "Enter the number of hours");
      return null;
    }
    BigDecimal hours;
    try {
      hours = new BigDecimal(text);
    } catch (NumberFormatException e) {
      errors.rejectValue("hours", "notNumber", "Hours must be a number, like 1.5");
      return null;
    }
    if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
      errors.rejectValue("hours", "range", "Hours must be more than 0 and no more than 24");
      return null;
    }
    if (hours.stripTrailingZeros().scale() > 2) {
      errors.rejectValue("hours", "scale", "Hours must have no more than 2 decimal places");
      return null;
    }
    return hours;
  }

  private static <E extends Enum<E>> E code(Class<E> type, String value) {
    return CaseSearchForm.code(type, value).orElse(null);
  }

  private static Long number(String value) {
    String text = trimmed(value);
    return text != null && text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
  }

  /** The form's one-off key, so that pressing the button twice records one row. */
  private static String requestKey(String kind, String key) {
    String text = trimmed(key);
    return text == null ? null : "case-page:" + kind + ":" + text;
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
