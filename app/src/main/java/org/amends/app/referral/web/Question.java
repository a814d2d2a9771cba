package org.amends.app.referral.web;

import static org.amends.app.referral.web.ContactChecks.MAX_NAME;
import static org.amends.app.referral.web.ContactChecks.MAX_TEXT;

import java.util.Arrays;
import java.util.List;
import org.amends.app.casework.Area;
import org.amends.app.casework.ContactMethod;
import org.amends.app.casework.PartyRole;
import org.amends.app.web.Option;
import org.springframework.validation.Errors;

/**
 * The questions of a self-referral, one per page, in the order they are asked. Each knows its
 * page (slug), its field (whose id the error summary links to), its wording, and its
 * {@link Answer}: how the answer is checked, kept and shown on check answers.
 */
enum Question {
  ROLE("who", Kind.RADIOS, "role", "What happened to you", "what happened to you",
      ChoiceAnswer.fixed(List.of(
              Option.of(PartyRole.HARMED.name(), "I was harmed", "By a crime or by someone's behaviour"),
              Option.of(PartyRole.HARMER.name(), "I caused harm"),
              Option.of(PartyRole.OTHER_AFFECTED.name(), "I was affected in another way",
                  "For example, I am a family member of someone who was harmed")),
          SelfReferralForm::getRole, "Select if you were harmed, caused harm or were affected in another way",
          (a, v) -> a.role = PartyRole.valueOf(v), a -> a.role.name())) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "Which of these describes you?";
    }
  },

  NAME("name", Kind.TEXT, "name", "Name", "your name",
      TextAnswer.required(SelfReferralForm::getName, "Enter your name", MAX_NAME,
          "Your name must be 200 characters or fewer", null, null, (a, v) -> a.name = v, a -> a.name)) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "What is your name?";
    }
  },

  DATE_OF_BIRTH("date-of-birth", Kind.DATE, "dateOfBirth", "Date of birth", "your date of birth",
      DateAnswer.past(SelfReferralForm::getDateOfBirth, "your date of birth",
          (a, v) -> a.dateOfBirth = v, a -> a.dateOfBirth)) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "What is your date of birth?";
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "For example, 27 3 1985";
    }
  },

  CONTACT_METHOD("contact", Kind.RADIOS, "contactMethod", "How to contact you", "how to contact you",
      ChoiceAnswer.fixed(List.of(Option.of(ContactMethod.EMAIL.name(), "Email"),
              Option.of(ContactMethod.PHONE.name(), "Phone")),
          SelfReferralForm::getContactMethod, "Select how we should contact you",
          (a, v) -> a.contactMethod = ContactMethod.valueOf(v), a -> a.contactMethod.name())) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "How should we contact you?";
    }
  },

  EMAIL("email", Kind.TEXT, "email", "Email address", "your email address",
      TextAnswer.required(SelfReferralForm::getEmail, "Enter your email address", ContactChecks.MAX_EMAIL,
          "Your email address must be 254 characters or fewer", ContactChecks::validEmail,
          ContactChecks.EMAIL_FORMAT, (a, v) -> a.email = v, a -> a.email)) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "What is your email address?";
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "We will only use this to contact you about restorative justice";
    }

    @Override
    boolean applies(SelfReferralAnswers answers) {
      return answers.contactMethod == ContactMethod.EMAIL;
    }
  },

  PHONE("phone", Kind.TEXT, "phone", "Phone number", "your phone number",
      // validPhone bounds the length itself
      TextAnswer.required(SelfReferralForm::getPhone, "Enter your phone number", Integer.MAX_VALUE, null,
          ContactChecks::validPhone, ContactChecks.PHONE_FORMAT, (a, v) -> a.phone = v, a -> a.phone)) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "What is your phone number?";
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "For international numbers include the country code";
    }

    @Override
    boolean applies(SelfReferralAnswers answers) {
      return answers.contactMethod == ContactMethod.PHONE;
    }
  },

  INCIDENT_TYPE("what-happened", Kind.RADIOS, "incidentType", "What happened", "what happened",
      ChoiceAnswer.fixed(Arrays.stream(IncidentType.values()).map(t -> Option.of(t.name(), t.label(), t.hint())).toList(),
          SelfReferralForm::getIncidentType, "Select what happened",
          (a, v) -> a.incidentType = IncidentType.valueOf(v), a -> a.incidentType.name())) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "What happened?";
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "Choose the one that fits best. You can tell us more when we contact you.";
    }
  },

  INCIDENT_DATE("when", Kind.DATE, "incidentDate", "When it happened", "when it happened",
      DateAnswer.past(SelfReferralForm::getIncidentDate, "the date it happened",
          SelfReferralAnswers::happenedOn, a -> a.incidentDate)) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "When did it happen?";
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "For example, 27 3 2025. If you are not sure, give your best guess.";
    }
  },

  // the service's own areas, as a manager keeps them: retired ones are not offered
  AREA("where", Kind.RADIOS, "area", "Where it happened", "where it happened",
      new ChoiceAnswer(OfferedChoices::areas, SelfReferralForm::getArea, "Select where it happened",
          (a, v) -> a.area = new Area(v), a -> a.area.code())) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "Where did it happen?";
    }
  },

  REPORTED("reported", Kind.RADIOS, "reported", "Reported to the police", "whether it was reported to the police",
      ChoiceAnswer.fixed(List.of(Option.of("yes", "Yes"), Option.of("no", "No")), SelfReferralForm::getReported,
          "Select yes if it was reported to the police", (a, v) -> a.reported = "yes".equals(v),
          a -> a.reported ? "yes" : "no")) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "Was it reported to the police?";
    }
  },

  REPORT_DATE("report-date", Kind.DATE, "reportDate", "When it was reported", "when it was reported to the police",
      new DateAnswer(SelfReferralForm::getReportDate, "the date it was reported to the police", a -> a.incidentDate,
          "The date it was reported to the police must be the same as or after the date it happened",
          (a, v) -> a.reportDate = v, a -> a.reportDate)) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "When was it reported to the police?";
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "For example, 27 3 2025. If you are not sure, give your best guess.";
    }

    @Override
    boolean applies(SelfReferralAnswers answers) {
      return Boolean.TRUE.equals(answers.reported);
    }
  },

  OTHER_PERSON("other-person", Kind.TEXT, "otherPersonName", "Name of the other person",
      "the name of the other person",
      TextAnswer.optional(SelfReferralForm::getOtherPersonName, MAX_NAME, "Their name must be 200 characters or fewer",
          (a, v) -> a.otherPersonName = v, a -> a.otherPersonName, "Not given")) {
    @Override
    String title(SelfReferralAnswers answers) {
      return answers.otherPersonRole() == PartyRole.HARMED
          ? "What is the name of the person you harmed?"
          : "What is the name of the person who caused the harm?";
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "Leave this empty if you do not know their name or would rather not say";
    }
  },

  SAFETY("safety", Kind.TEXTAREA, "safety", "Keeping you safe", "what we should know to keep you safe",
      TextAnswer.optional(SelfReferralForm::getSafety, MAX_TEXT, "Your answer must be 2,000 characters or fewer",
          (a, v) -> a.safety = v, a -> a.safety, "Nothing")) {
    @Override
    String title(SelfReferralAnswers answers) {
      return "Is there anything we should know to keep you safe?";
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "For example, times when it is not safe to call you, or if the other person lives "
          + "near you. If you are in danger now, call 999.";
    }
  };

  /** How the page asks: the template picks the GOV.UK component by it. */
  enum Kind {
    RADIOS,
    TEXT,
    DATE,
    TEXTAREA
  }

  final String slug;
  final Kind kind;
  final String field;
  final String summaryKey;
  final String changeText;
  private final Answer answer;

  Question(String slug, Kind kind, String field, String summaryKey, String changeText, Answer answer) {
    this.slug = slug;
    this.kind = kind;
    this.field = field;
    this.summaryKey = summaryKey;
    this.changeText = changeText;
    this.answer = answer;
  }

  /** The question, which is also the page's heading and title. */
  abstract String title(SelfReferralAnswers answers);

  String hint(SelfReferralAnswers answers) {
    return null;
  }

  /** Checks what the page posted, rejecting its field with a GOV.UK message. */
  void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, Answer.Asking asking) {
    answer.check(form, errors, field, answers, asking);
  }

  /** Keeps a checked answer. */
  void keep(SelfReferralForm form, SelfReferralAnswers answers) {
    answer.keep(form, answers);
  }

  /** The answer as the check-answers page shows it. */
  String answer(SelfReferralAnswers answers, OfferedChoices offered) {
    return answer.shown(answers, offered);
  }

  List<Option> options(OfferedChoices offered) {
    return answer.options(offered);
  }

  /** Whether this person is asked the question at all, given their earlier answers. */
  boolean applies(SelfReferralAnswers answers) {
    return true;
  }

  /** An optional answer may be left empty: a text answer without a required message. */
  boolean optional() {
    return answer instanceof TextAnswer text && text.requiredMessage() == null;
  }

  /** The label: the question, with "(optional)" when it may be left empty. */
  String label(SelfReferralAnswers answers) {
    return optional() ? title(answers) + " (optional)" : title(answers);
  }

  String path() {
    return "/self-referral/" + slug;
  }

  static Question bySlug(String slug) {
    return Arrays.stream(values()).filter(q -> q.slug.equals(slug)).findFirst().orElse(null);
  }
}
