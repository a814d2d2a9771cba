package org.amends.app.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.amends.app.survey.SurveyInvitations.Link;
import org.amends.app.survey.SurveyInvitations.LinkState;
import org.amends.app.web.SummaryRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public survey pages (no sign-in): the personal link from the email leads through the
 * questions one a page (SurveyQuestionController), then to check your answers, where they are
 * sent. The pages say nothing about the case. A link that was used, has expired or was never
 * made gets a page that says so.
 */
@Controller
class SurveyController {

  static final String PATH = "/survey/";
  static final String SERVICE_NAME = "Restorative justice feedback";

  private final SurveyInvitations invitations;

  SurveyController(SurveyInvitations invitations) {
    this.invitations = invitations;
  }

  /** The link in the email: the first question, or the first one not yet answered. */
  @GetMapping(PATH + "{token}")
  String start(@PathVariable String token, Model model, HttpServletResponse response) {
    Link link = invitations.open(token);
    if (link.state() != LinkState.OPEN) {
      return closed(link, model, response);
    }
    return "redirect:" + PATH + token + "/" + SurveyQuestion.askedOf(link.respondent()).get(0).slug();
  }

  @GetMapping(PATH + "{token}/check")
  String check(@PathVariable String token, Model model, HttpServletResponse response) {
    Link link = invitations.open(token);
    if (link.state() != LinkState.OPEN) {
      return closed(link, model, response);
    }
    SurveyAnswers answers = invitations.draft(token);
    Optional<SurveyQuestion> missing = SurveyAnswerText.firstUnanswered(link.respondent(), answers);
    if (missing.isPresent()) {
      return "redirect:" + PATH + token + "/" + missing.get().slug();
    }
    List<SurveyQuestion> asked = SurveyQuestion.askedOf(link.respondent());
    model.addAttribute("serviceName", SERVICE_NAME);
    model.addAttribute("token", token);
    model.addAttribute("backHref", PATH + token + "/" + asked.get(asked.size() - 1).slug());
    model.addAttribute("rows", asked.stream().map(q -> new SummaryRow(q.text(link.respondent()),
        SurveyAnswerText.of(q, answers), PATH + token + "/" + q.slug() + "?change=true",
        SurveyAnswerText.changeText(q))).toList());
    return "survey/check-answers";
  }

  /** Sends the answers kept so far; a question left unanswered is asked again first. */
  @Audited(AuditAction.SURVEY_ANSWERED)
  @PostMapping(PATH + "{token}")
  String send(@PathVariable String token, Model model, HttpServletResponse response) {
    Link link = invitations.open(token);
    if (link.state() != LinkState.OPEN) {
      return closed(link, model, response);
    }
    SurveyAnswers answers = invitations.draft(token);
    Optional<SurveyQuestion> missing = SurveyAnswerText.firstUnanswered(link.respondent(), answers);
    if (missing.isPresent()) {
      return "redirect:" + PATH + token + "/" + missing.get().slug();
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

  /** The GOV.UK page for a link that does not work (any more): 404 unknown, 410 used or expired. */
  static String closed(Link link, Model model, HttpServletResponse response) {
    model.addAttribute("serviceName", SERVICE_NAME);
    model.addAttribute("state", link.state().name());
    response.setStatus(link.state() == LinkState.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
        : HttpServletResponse.SC_GONE);
    return "survey/closed";
  }
}
