package org.amends.app.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.amends.app.followup.Respondent;
import org.amends.app.survey.SurveyInvitations.Link;
import org.amends.app.survey.SurveyInvitations.LinkState;
import org.amends.app.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public survey pages (no sign-in): the personal link from the email opens the questions for
 * a participant or for a referrer. The pages say nothing about the case. A link that was used,
 * has expired or was never made gets a page that says so.
 */
@Controller
class SurveyController {

  static final String PATH = "/survey/";
  private static final String SERVICE_NAME = "Restorative justice feedback";

  private static final List<Option> SATISFACTION = List.of(
      Option.of("5", "Very satisfied"),
      Option.of("4", "Satisfied"),
      Option.of("3", "Neither satisfied nor dissatisfied"),
      Option.of("2", "Dissatisfied"),
      Option.of("1", "Very dissatisfied"));
  private static final List<Option> YES_NO = List.of(Option.of("yes", "Yes"), Option.of("no", "No"));

  private final SurveyInvitations invitations;

  SurveyController(SurveyInvitations invitations) {
    this.invitations = invitations;
  }

  @GetMapping(PATH + "{token}")
  String questions(@PathVariable String token, Model model, HttpServletResponse response) {
    Link link = invitations.open(token);
    if (link.state() != LinkState.OPEN) {
      return closed(link, model, response);
    }
    model.addAttribute("surveyForm", new SurveyForm());
    model.addAttribute("formFailed", false);
    return form(link, token, model);
  }

  @Audited(AuditAction.SURVEY_ANSWERED)
  @PostMapping(PATH + "{token}")
  String answer(@PathVariable String token, @ModelAttribute("surveyForm") SurveyForm form,
      BindingResult errors, Model model, HttpServletResponse response) {
    Link link = invitations.open(token);
    if (link.state() != LinkState.OPEN) {
      return closed(link, model, response);
    }
    SurveyAnswers answers = check(link.respondent(), form, errors);
    if (errors.hasErrors()) {
      model.addAttribute("formFailed", true);
      return form(link, token, model);
    }
    Link answered = invitations.answer(token, answers);
    if (answered.state() != LinkState.ANSWERED) {
      return closed(answered, model, response);
    }
    AuditSubject.caseId(answered.caseId());
    return "redirect:" + PATH + "thank-you";
  }

  @GetMapping(PATH + "thank-you")
  String thankYou(Model model) {
    model.addAttribute("serviceName", SERVICE_NAME);
    return "survey/thank-you";
  }

  private String form(Link link, String token, Model model) {
    model.addAttribute("serviceName", SERVICE_NAME);
    model.addAttribute("token", token);
    model.addAttribute("participant", link.respondent() == Respondent.PARTY);
    model.addAttribute("satisfactionOptions", SATISFACTION);
    model.addAttribute("yesNo", YES_NO);
    model.addAttribute("commentsMax", SurveyForm.COMMENTS_MAX);
    return "survey/questions";
  }

  private String closed(Link link, Model model, HttpServletResponse response) {
    model.addAttribute("serviceName", SERVICE_NAME);
    model.addAttribute("state", link.state().name());
    response.setStatus(link.state() == LinkState.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
        : HttpServletResponse.SC_GONE);
    return "survey/closed";
  }

  /** The answers, or errors the GOV.UK way; the participant's questions all need an answer. */
  private static SurveyAnswers check(Respondent respondent, SurveyForm form, BindingResult errors) {
    boolean participant = respondent == Respondent.PARTY;
    Integer satisfaction = null;
    if (participant) {
      satisfaction = switch (form.getSatisfaction() == null ? "" : form.getSatisfaction()) {
        case "1", "2", "3", "4", "5" -> Integer.valueOf(form.getSatisfaction());
        default -> null;
      };
      if (satisfaction == null) {
        errors.rejectValue("satisfaction", "required", "Select how satisfied you were with the service");
      }
    }
    Boolean recommend = yesNo(form.getRecommend(), "recommend", participant
        ? "Select yes if you would recommend restorative justice to someone else"
        : "Select yes if you would recommend the service", errors);
    Boolean prepared = participant ? yesNo(form.getPrepared(), "prepared",
        "Select yes if you felt prepared for your meeting or exchange", errors) : null;
    Boolean wellRun = participant ? yesNo(form.getWellRun(), "wellRun",
        "Select yes if the meeting or exchange was well run", errors) : null;
    String comments = form.getComments() == null || form.getComments().isBlank() ? null : form.getComments().strip();
    if (comments != null && comments.length() > SurveyForm.COMMENTS_MAX) {
      errors.rejectValue("comments", "tooLong",
          "Anything else you want to tell us must be " + SurveyForm.COMMENTS_MAX + " characters or fewer");
    }
    return new SurveyAnswers(satisfaction, recommend, prepared, wellRun, comments);
  }

  private static Boolean yesNo(String value, String field, String message, BindingResult errors) {
    if ("yes".equals(value)) {
      return true;
    }
    if ("no".equals(value)) {
      return false;
    }
    errors.rejectValue(field, "required", message);
    return null;
  }
}
