package org.amends.app.referral.web;

import static org.amends.app.referral.web.ContactChecks.MAX_NAME;
import static org.amends.app.referral.web.ContactChecks.MAX_TEXT;
import static org.amends.app.referral.web.ContactChecks.blank;
import static org.amends.app.referral.web.ContactChecks.trimmed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.amends.app.casework.Area;
import org.amends.app.casework.ContactMethod;
import org.amends.app.casework.PartyRole;
import org.amends.app.web.DateParts;
import org.amends.app.web.Option;
import org.springframework.validation.Errors;

/**
 * The questions of a self-referral, one per page, in the order they are asked. Each knows its
 * page (slug), its field (whose id the error summary links to), how to check and keep its answer,
 * and how the check-answers page shows it.
 */
enum Question {
  ROLE("who", Kind.RADIOS, "role", "What happened to you", "what happened to you") {
    @Override
    String title(SelfReferralAnswers answers) {
      return "Which of these describes you?";
    }

    @Override
    List<Option> options() {
      return List.of(
          Option.of(PartyRole.HARMED.name(), "I was harmed", "By a crime or by someone's behaviour"),
          Option.of(PartyRole.HARMER.name(), "I caused harm"),
          Option.of(PartyRole.OTHER_AFFECTED.name(), "I was affected in another way",
              "For example, I am a family member of someone who was harmed"));
    }

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      if (oneOf(form.getRole(), PartyRole.HARMED, PartyRole.HARMER, PartyRole.OTHER_AFFECTED) == null) {
        errors.rejectValue(field, "required",
            "Select if you were harmed, caused harm or were affected in another way");
      }
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.role = PartyRole.valueOf(form.getRole());
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return optionLabel(answers.role.name());
    }
  },

  NAME("name", Kind.TEXT, "name", "Name", "your name") {
    @Override
    String title(SelfReferralAnswers answers) {
      return "What is your name?";
    }

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      if (blank(form.getName())) {
        errors.rejectValue(field, "required", "Enter your name");
      } else if (form.getName().trim().length() > MAX_NAME) {
        errors.rejectValue(field, "tooLong", "Your name must be 200 characters or fewer");
      }
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.name = form.getName().trim();
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return answers.name;
    }
  },

  DATE_OF_BIRTH("date-of-birth", Kind.DATE, "dateOfBirth", "Date of birth", "your date of birth") {
    @Override
    String title(SelfReferralAnswers answers) {
      return "What is your date of birth?";
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "For example, 27 3 1985";
    }

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      pastDate(form.getDateOfBirth(), "your date of birth", errors, field, today);
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.dateOfBirth = form.getDateOfBirth().toDate();
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return longDate(answers.dateOfBirth);
    }
  },

  CONTACT_METHOD("contact", Kind.RADIOS, "contactMethod", "How to contact you", "how to contact you") {
    @Override
    String title(SelfReferralAnswers answers) {
      return "How should we contact you?";
    }

    @Override
    List<Option> options() {
      return List.of(Option.of(ContactMethod.EMAIL.name(), "Email"),
          Option.of(ContactMethod.PHONE.name(), "Phone"));
    }

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      if (oneOf(form.getContactMethod(), ContactMethod.EMAIL, ContactMethod.PHONE) == null) {
        errors.rejectValue(field, "required", "Select how we should contact you");
      }
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.contactMethod = ContactMethod.valueOf(form.getContactMethod());
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return optionLabel(answers.contactMethod.name());
    }
  },

  EMAIL("email", Kind.TEXT, "email", "Email address", "your email address") {
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

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      if (blank(form.getEmail())) {
        errors.rejectValue(field, "required", "Enter your email address");
      } else if (ContactChecks.tooLongEmail(form.getEmail())) {
        errors.rejectValue(field, "tooLong", "Your email address must be 254 characters or fewer");
      } else if (!ContactChecks.validEmail(form.getEmail())) {
        errors.rejectValue(field, "format", ContactChecks.EMAIL_FORMAT);
      }
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.email = form.getEmail().trim();
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return answers.email;
    }
  },

  PHONE("phone", Kind.TEXT, "phone", "Phone number", "your phone number") {
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

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      if (blank(form.getPhone())) {
        errors.rejectValue(field, "required", "Enter your phone number");
      } else if (!ContactChecks.validPhone(form.getPhone())) {
        errors.rejectValue(field, "format", ContactChecks.PHONE_FORMAT);
      }
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.phone = form.getPhone().trim();
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return answers.phone;
    }
  },

  INCIDENT_TYPE("what-happened", Kind.RADIOS, "incidentType", "What happened", "what happened") {
    @Override
    String title(SelfReferralAnswers answers) {
      return "What happened?";
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "Choose the one that fits best. You can tell us more when we contact you.";
    }

    @Override
    List<Option> options() {
      return Arrays.stream(IncidentType.values())
          .map(t -> Option.of(t.name(), t.label(), t.hint()))
          .toList();
    }

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      if (oneOf(form.getIncidentType(), IncidentType.values()) == null) {
        errors.rejectValue(field, "required", "Select what happened");
      }
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.incidentType = IncidentType.valueOf(form.getIncidentType());
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return answers.incidentType.label();
    }
  },

  INCIDENT_DATE("when", Kind.DATE, "incidentDate", "When it happened", "when it happened") {
    @Override
    String title(SelfReferralAnswers answers) {
      return "When did it happen?";
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "For example, 27 3 2025. If you are not sure, give your best guess.";
    }

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      pastDate(form.getIncidentDate(), "the date it happened", errors, field, today);
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.incidentDate = form.getIncidentDate().toDate();
      // a report before the new date cannot be right: ask for it again
      if (answers.reportDate != null && answers.reportDate.isBefore(answers.incidentDate)) {
        answers.reportDate = null;
        answers.markUnanswered(REPORT_DATE);
      }
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return longDate(answers.incidentDate);
    }
  },

  AREA("where", Kind.RADIOS, "area", "Where it happened", "where it happened") {
    @Override
    String title(SelfReferralAnswers answers) {
      return "Where did it happen?";
    }

    @Override
    List<Option> options() {
      return Arrays.stream(Area.values())
          .map(a -> Option.of(a.name(), a == Area.OTHER ? "Somewhere else" : a.displayName()))
          .toList();
    }

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      if (oneOf(form.getArea(), Area.values()) == null) {
        errors.rejectValue(field, "required", "Select where it happened");
      }
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.area = Area.valueOf(form.getArea());
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return optionLabel(answers.area.name());
    }
  },

  REPORTED("reported", Kind.RADIOS, "reported", "Reported to the police",
      "whether it was reported to the police") {
    @Override
    String title(SelfReferralAnswers answers) {
      return "Was it reported to the police?";
    }

    @Override
    List<Option> options() {
      return List.of(Option.of("yes", "Yes"), Option.of("no", "No"));
    }

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      if (!"yes".equals(form.getReported()) && !"no".equals(form.getReported())) {
        errors.rejectValue(field, "required", "Select yes if it was reported to the police");
      }
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.reported = "yes".equals(form.getReported());
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return answers.reported ? "Yes" : "No";
    }
  },

  REPORT_DATE("report-date", Kind.DATE, "reportDate", "When it was reported",
      "when it was reported to the police") {
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

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      if (pastDate(form.getReportDate(), "the date it was reported to the police", errors, field, today)
          && answers.incidentDate != null
          && form.getReportDate().toDate().isBefore(answers.incidentDate)) {
        errors.rejectValue(field, "beforeIncident", "The date it was reported to the police must be "
            + "the same as or after the date it happened");
      }
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.reportDate = form.getReportDate().toDate();
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return longDate(answers.reportDate);
    }
  },

  OTHER_PERSON("other-person", Kind.TEXT, "otherPersonName", "Name of the other person",
      "the name of the other person") {
    @Override
    String title(SelfReferralAnswers answers) {
      return answers.otherPersonRole() == PartyRole.HARMED
          ? "What is the name of the person you harmed?"
          : "What is the name of the person who caused the harm?";
    }

    @Override
    boolean optional() {
      return true;
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "Leave this empty if you do not know their name or would rather not say";
    }

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      if (!blank(form.getOtherPersonName()) && form.getOtherPersonName().trim().length() > MAX_NAME) {
        errors.rejectValue(field, "tooLong", "Their name must be 200 characters or fewer");
      }
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.otherPersonName = trimmed(form.getOtherPersonName());
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return answers.otherPersonName == null ? "Not given" : answers.otherPersonName;
    }
  },

  SAFETY("safety", Kind.TEXTAREA, "safety", "Keeping you safe", "what we should know to keep you safe") {
    @Override
    String title(SelfReferralAnswers answers) {
      return "Is there anything we should know to keep you safe?";
    }

    @Override
    boolean optional() {
      return true;
    }

    @Override
    String hint(SelfReferralAnswers answers) {
      return "For example, times when it is not safe to call you, or if the other person lives "
          + "near you. If you are in danger now, call 999.";
    }

    @Override
    void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today) {
      if (!blank(form.getSafety()) && form.getSafety().trim().length() > MAX_TEXT) {
        errors.rejectValue(field, "tooLong", "Your answer must be 2,000 characters or fewer");
      }
    }

    @Override
    void keep(SelfReferralForm form, SelfReferralAnswers answers) {
      answers.safety = trimmed(form.getSafety());
    }

    @Override
    String answer(SelfReferralAnswers answers) {
      return answers.safety == null ? "Nothing" : answers.safety;
    }
  };

  /** How the page asks: the template picks the GOV.UK component by it. */
  enum Kind {
    RADIOS,
    TEXT,
    DATE,
    TEXTAREA
  }

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  final String slug;
  final Kind kind;
  final String field;
  final String summaryKey;
  final String changeText;

  Question(String slug, Kind kind, String field, String summaryKey, String changeText) {
    this.slug = slug;
    this.kind = kind;
    this.field = field;
    this.summaryKey = summaryKey;
    this.changeText = changeText;
  }

  /** The question, which is also the page's heading and title. */
  abstract String title(SelfReferralAnswers answers);

  /** Checks what the page posted, rejecting its field with a GOV.UK message. */
  abstract void check(SelfReferralForm form, Errors errors, SelfReferralAnswers answers, LocalDate today);

  /** Keeps a checked answer. */
  abstract void keep(SelfReferralForm form, SelfReferralAnswers answers);

  /** The answer as the check-answers page shows it. */
  abstract String answer(SelfReferralAnswers answers);

  String hint(SelfReferralAnswers answers) {
    return null;
  }

  List<Option> options() {
    return List.of();
  }

  /** Whether this person is asked the question at all, given their earlier answers. */
  boolean applies(SelfReferralAnswers answers) {
    return true;
  }

  boolean optional() {
    return false;
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

  String optionLabel(String value) {
    return options().stream().filter(o -> o.value().equals(value)).findFirst()
        .map(Option::label).orElse(value);
  }

  @SafeVarargs
  private static <E extends Enum<E>> E oneOf(String value, E... allowed) {
    return Arrays.stream(allowed).filter(e -> e.name().equals(value)).findFirst().orElse(null);
  }

  /** Rejects a missing, unreal or future date; true when the date is fine. */
  private static boolean pastDate(
      DateParts date, String name, Errors errors, String field, LocalDate today) {
    String problem = date.problem(name);
    if (problem == null && date.toDate().isAfter(today)) {
      problem = Character.toUpperCase(name.charAt(0)) + name.substring(1) + " must be in the past";
    }
    if (problem != null) {
      errors.rejectValue(field, "date", problem);
      return false;
    }
    return true;
  }

  private static String longDate(LocalDate date) {
    return date.format(LONG_DATE);
  }
}
