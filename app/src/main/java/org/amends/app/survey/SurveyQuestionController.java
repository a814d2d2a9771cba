package org.amends.app.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.amends.app.followup.Respondent;
import org.amends.app.survey.SurveyInvitations.Link;
import org.amends.app.survey.SurveyInvitations.LinkState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One survey question a page, GOV.UK style: a Back link to the question before, the answer kept
 * against the link when the page is sent (SurveyDrafts), then the next question or, after the
 * last one (or a Change from check your answers), the check-your-answers page.
 */
@Controller
class SurveyQuestionController {

  private static final String PATH = SurveyController.PATH;

  private final SurveyInvitations invitations;

  SurveyQuestionController(SurveyInvitations invitations) {
    this.invitations = invitations;
  }

  @GetMapping(PATH + "{token}/{slug}")
  String ask(@PathVariable String token, @PathVariable String slug,
      @RequestParam(defaultValue = "false") boolean change, Model model, HttpServletResponse response) {
    Link link = invitations.open(token);
    if (link.state() != LinkState.OPEN) {
      return SurveyController.closed(link, model, response);
    }
    SurveyQuestion question = asked(link.respondent(), slug);
    model.addAttribute("surveyForm", SurveyForm.of(invitations.draft(token)));
    return page(link.respondent(), question, token, change, false, model);
  }

  @Audited(AuditAction.SURVEY_ANSWER_KEPT)
  @PostMapping(PATH + "{token}/{slug}")
  String answer(@PathVariable String token, @PathVariable String slug,
      @RequestParam(defaultValue = "false") boolean change, @ModelAttribute("surveyForm") SurveyForm form,
      BindingResult errors, Model model, HttpServletResponse response) {
    Link link = invitations.open(token);
    if (link.state() != LinkState.OPEN) {
      return SurveyController.closed(link, model, response);
    }
    Respondent respondent = link.respondent();
    SurveyQuestion question = asked(respondent, slug);
    Object answer = form.answer(question, respondent, errors);
    if (errors.hasErrors()) {
      return page(respondent, question, token, change, true, model);
    }
    if (!invitations.keep(token, question, answer)) {
      return SurveyController.closed(invitations.open(token), model, response);
    }
    AuditSubject.caseId(link.caseId());
    Optional<SurveyQuestion> next = change ? Optional.empty() : next(respondent, question);
    return "redirect:" + PATH + token + "/" + next.map(SurveyQuestion::slug).orElse("check");
  }

  private String page(Respondent respondent, SurveyQuestion question, String token, boolean change, boolean failed,
      Model model) {
    List<SurveyQuestion> asked = SurveyQuestion.askedOf(respondent);
    int index = asked.indexOf(question);
    model.addAttribute("serviceName", SurveyController.SERVICE_NAME);
    model.addAttribute("participant", respondent == Respondent.PARTY);
    model.addAttribute("first", index == 0);
    model.addAttribute("question", question.text(respondent));
    model.addAttribute("pageTitle", (failed ? "Error: " : "") + question.text(respondent));
    model.addAttribute("field", question.field());
    model.addAttribute("textarea", question == SurveyQuestion.ANYTHING_ELSE);
    model.addAttribute("options", question == SurveyQuestion.SATISFACTION ? SurveyChoices.SATISFACTION
        : SurveyChoices.YES_NO);
    model.addAttribute("hint", question == SurveyQuestion.ANYTHING_ELSE
        ? "Optional. Do not include names or personal details. " + SurveyForm.COMMENTS_MAX + " characters at most."
        : null);
    model.addAttribute("action", PATH + token + "/" + question.slug() + (change ? "?change=true" : ""));
    model.addAttribute("backHref", change ? PATH + token + "/check"
        : index == 0 ? null : PATH + token + "/" + asked.get(index - 1).slug());
    return "survey/question";
  }

  /** The question at this address, if this respondent is asked it; otherwise the page is not found. */
  private static SurveyQuestion asked(Respondent respondent, String slug) {
    return SurveyQuestion.ofSlug(slug).filter(q -> SurveyQuestion.askedOf(respondent).contains(q))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Optional<SurveyQuestion> next(Respondent respondent, SurveyQuestion question) {
    List<SurveyQuestion> asked = SurveyQuestion.askedOf(respondent);
    int index = asked.indexOf(question);
    return index + 1 < asked.size() ? Optional.of(asked.get(index + 1)) : Optional.empty();
  }
}
