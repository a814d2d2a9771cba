package org.amends.app.referral.web;

import org.amends.app.areas.ServiceChoices;
import java.util.NoSuchElementException;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseService;
import org.amends.app.referral.StartedCase;
import org.amends.app.security.CurrentStaff;
import org.amends.app.web.DateParts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** A referral taken by phone or email, typed in by staff on one page. */
@Controller
@RequestMapping("/referrals")
class StaffReferralController {

  private final ReferralIntake intake;
  private final CaseService cases;
  private final CurrentStaff staff;
  private final ServiceChoices choices;

  StaffReferralController(ReferralIntake intake, CaseService cases, CurrentStaff staff, ServiceChoices choices) {
    this.choices = choices;
    this.intake = intake;
    this.cases = cases;
    this.staff = staff;
  }

  @GetMapping("/new")
  String form(Model model) {
    StaffReferralForm form = new StaffReferralForm();
    form.setReferralDate(DateParts.of(intake.today()));
    model.addAttribute("form", form);
    return page(false, OfferedChoices.from(choices), model);
  }

  @Audited(AuditAction.REFERRAL_OPENED)
  @PostMapping("/new")
  String submit(@ModelAttribute("form") StaffReferralForm form, BindingResult result, Model model) {
    OfferedChoices offered = OfferedChoices.from(choices);
    StaffReferralCheck.check(form, result, intake.today(), offered);
    if (result.hasErrors()) {
      return page(true, offered, model);
    }
    String summary = form.getSummary();
    StartedCase started = intake.open(StaffReferralCheck.toNewCase(form),
        summary == null || summary.isBlank() ? null : "What happened, as referred:\n" + summary.trim(),
        staff.username());
    return "redirect:/referrals/" + started.caseId() + "/confirmation";
  }

  @GetMapping("/{caseId}/confirmation")
  String confirmation(@PathVariable long caseId, Model model) {
    Case opened;
    try {
      opened = cases.get(caseId);
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("reference", opened.reference());
    model.addAttribute("caseId", opened.id());
    return "referral/staff-confirmation";
  }

  private static String page(boolean hasErrors, OfferedChoices offered, Model model) {
    model.addAttribute("pageTitle", (hasErrors ? "Error: " : "") + "New referral");
    model.addAttribute("sources", offered.sources());
    model.addAttribute("areas", offered.areas());
    model.addAttribute("sensitivities", StaffReferralCheck.SENSITIVITIES);
    model.addAttribute("contactMethods", StaffReferralCheck.CONTACT_METHODS);
    model.addAttribute("otherRoles", StaffReferralCheck.OTHER_ROLES);
    model.addAttribute("yesNo", StaffReferralCheck.YES_NO);
    model.addAttribute("agreedToEmail", StaffReferralCheck.AGREED_TO_EMAIL);
    return "referral/new";
  }
}
