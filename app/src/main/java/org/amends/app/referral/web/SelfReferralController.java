package org.amends.app.referral.web;

import org.amends.app.areas.ServiceChoices;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.amends.app.referral.StartedCase;
import org.amends.app.web.SummaryRow;
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

/**
 * The public self-referral: a start page, one question per page with the answers kept in the
 * session, check your answers, and a confirmation with the case reference. Nobody signs in.
 * Questions are answered in order: a page whose earlier questions are unanswered sends the
 * person to the first unanswered one. "?change=true" marks a change made from check answers,
 * which returns there (through any question the change newly calls for).
 */
@Controller
@RequestMapping("/self-referral")
class SelfReferralController {

  static final String SERVICE_NAME = "Ask for restorative justice";
  static final String ANSWERS = SelfReferralController.class.getName() + ".answers";
  static final String REFERENCE = SelfReferralController.class.getName() + ".reference";
  private static final String START = "/self-referral";
  private static final String CHECK_ANSWERS = "/self-referral/check-answers";

  private final ReferralIntake intake;
  private final ServiceChoices choices;

  SelfReferralController(ReferralIntake intake, ServiceChoices choices) {
    this.intake = intake;
    this.choices = choices;
  }

  @ModelAttribute
  void service(Model model) {
    model.addAttribute("serviceName", SERVICE_NAME);
    model.addAttribute("serviceHref", START);
  }

  @GetMapping
  String start() {
    return "referral/self-referral/start";
  }

  @GetMapping("/{slug}")
  String ask(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean change,
      HttpSession session, Model model) {
    Question question = question(slug);
    SelfReferralAnswers answers = answers(session);
    String elsewhere = outOfTurn(question, answers);
    if (elsewhere != null) {
      return elsewhere;
    }
    model.addAttribute("form", SelfReferralForm.from(answers));
    return page(question, answers, change, false, model);
  }

  @PostMapping("/{slug}")
  String answer(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean change,
      @ModelAttribute("form") SelfReferralForm form, BindingResult result, HttpSession session,
      Model model) {
    Question question = question(slug);
    SelfReferralAnswers answers = answers(session);
    String elsewhere = outOfTurn(question, answers);
    if (elsewhere != null) {
      return elsewhere;
    }
    question.check(form, result, answers, new Answer.Asking(intake.today(), OfferedChoices.from(choices)));
    if (result.hasErrors()) {
      return page(question, answers, change, true, model);
    }
    question.keep(form, answers);
    answers.markAnswered(question);
    // set again so that a session store that copies attributes sees the change
    session.setAttribute(ANSWERS, answers);
    if (change) {
      return answers.firstUnanswered()
          .map(q -> "redirect:" + q.path() + "?change=true")
          .orElse("redirect:" + CHECK_ANSWERS);
    }
    List<Question> asked = answers.questions();
    int next = asked.indexOf(question) + 1;
    return "redirect:" + (next < asked.size() ? asked.get(next).path() : CHECK_ANSWERS);
  }

  @GetMapping("/check-answers")
  String checkAnswers(HttpSession session, Model model) {
    SelfReferralAnswers answers = answers(session);
    if (answers.firstUnanswered().isPresent()) {
      return "redirect:" + answers.firstUnanswered().get().path();
    }
    OfferedChoices offered = OfferedChoices.from(choices);
    model.addAttribute("rows", answers.questions().stream()
        .map(q -> new SummaryRow(q.summaryKey, q.answer(answers, offered), q.path() + "?change=true",
            q.changeText))
        .toList());
    model.addAttribute("backHref", answers.questions().get(answers.questions().size() - 1).path());
    return "referral/self-referral/check-answers";
  }

  @Audited(AuditAction.REFERRAL_OPENED)
  @PostMapping("/check-answers")
  String send(HttpSession session) {
    SelfReferralAnswers answers = answers(session);
    // an area retired since it was chosen is asked again rather than given to a new case
    if (answers.area != null && !OfferedChoices.from(choices).offersArea(answers.area.code())) {
      answers.area = null;
      answers.markUnanswered(Question.AREA);
      session.setAttribute(ANSWERS, answers);
    }
    if (answers.firstUnanswered().isPresent()) {
      return "redirect:" + answers.firstUnanswered().get().path();
    }
    StartedCase started =
        intake.open(answers.toNewCase(intake.today()), answers.safetyNote(), "self-referral");
    // the answers go as soon as they are sent: sending twice cannot open a second case
    session.removeAttribute(ANSWERS);
    session.setAttribute(REFERENCE, started.reference());
    return "redirect:/self-referral/confirmation";
  }

  @GetMapping("/confirmation")
  String confirmation(HttpSession session, Model model) {
    Object reference = session.getAttribute(REFERENCE);
    if (reference == null) {
      return "redirect:" + START;
    }
    model.addAttribute("reference", reference);
    return "referral/self-referral/confirmation";
  }

  private String page(Question question, SelfReferralAnswers answers, boolean change,
      boolean hasErrors, Model model) {
    List<Question> asked = answers.questions();
    int index = asked.indexOf(question);
    String back = change ? CHECK_ANSWERS : index == 0 ? START : asked.get(index - 1).path();
    model.addAttribute("pageTitle", (hasErrors ? "Error: " : "") + question.title(answers));
    model.addAttribute("backHref", back);
    model.addAttribute("action", question.path() + (change ? "?change=true" : ""));
    model.addAttribute("kind", question.kind.name());
    model.addAttribute("field", question.field);
    model.addAttribute("label", question.label(answers));
    model.addAttribute("hint", question.hint(answers));
    model.addAttribute("options", question.options(OfferedChoices.from(choices)));
    model.addAttribute("birthday", question == Question.DATE_OF_BIRTH);
    model.addAttribute("inputType", switch (question) {
      case EMAIL -> "email";
      case PHONE -> "tel";
      default -> "text";
    });
    model.addAttribute("autocomplete", switch (question) {
      case NAME -> "name";
      case EMAIL -> "email";
      case PHONE -> "tel";
      default -> null;
    });
    model.addAttribute("inputClasses", switch (question) {
      case PHONE -> "govuk-input--width-20";
      default -> null;
    });
    return "referral/self-referral/question";
  }

  /** Where to send someone who is not at this question's turn, or null when they are. */
  private static String outOfTurn(Question question, SelfReferralAnswers answers) {
    List<Question> asked = answers.questions();
    if (!asked.contains(question)) {
      return "redirect:" + answers.firstUnanswered().map(Question::path).orElse(CHECK_ANSWERS);
    }
    for (Question earlier : asked.subList(0, asked.indexOf(question))) {
      if (!answers.isAnswered(earlier)) {
        return "redirect:" + earlier.path();
      }
    }
    return null;
  }

  private static Question question(String slug) {
    Question question = Question.bySlug(slug);
    if (question == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return question;
  }

  private static SelfReferralAnswers answers(HttpSession session) {
    Object answers = session.getAttribute(ANSWERS);
    return answers instanceof SelfReferralAnswers a ? a : new SelfReferralAnswers();
  }
}
