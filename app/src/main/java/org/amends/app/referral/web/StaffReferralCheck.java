package org.amends.app.referral.web;

import static org.amends.app.referral.web.ContactChecks.MAX_NAME;
import static org.amends.app.referral.web.ContactChecks.MAX_TEXT;
import static org.amends.app.referral.web.ContactChecks.blank;
import static org.amends.app.referral.web.ContactChecks.trimmed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.amends.app.casework.Area;
import org.amends.app.casework.ContactMethod;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.NewParty;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.Sensitivity;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.ReferralSource;
import org.amends.app.referral.Referrer;
import org.amends.app.web.DateParts;
import org.amends.app.web.Option;
import org.springframework.validation.Errors;

/**
 * Checks the staff referral form field by field, in the order of the page (so the error summary
 * reads in that order), with messages written the GOV.UK way; and turns a checked form into the
 * referral.
 */
final class StaffReferralCheck {

  static final List<Option> SENSITIVITIES = List.of(
      Option.of("SEXUAL_OFFENCE", "Sexual offence"),
      Option.of("DOMESTIC_ABUSE", "Domestic abuse"),
      Option.of("HATE_CRIME", "Hate crime"),
      Option.of("STALKING", "Stalking"),
      Option.of("HOMICIDE", "Homicide"),
      Option.of("VERY_VULNERABLE_PARTY", "Someone involved is very vulnerable"));

  static final List<Option> CONTACT_METHODS = List.of(
      Option.of(ContactMethod.EMAIL.name(), "Email"),
      Option.of(ContactMethod.PHONE.name(), "Phone call"),
      Option.of(ContactMethod.TEXT.name(), "Text message"),
      Option.of(ContactMethod.LETTER.name(), "Letter"),
      Option.of(ContactMethod.IN_PERSON.name(), "In person"));

  static final List<Option> OTHER_ROLES = List.of(
      Option.of(PartyRole.OTHER_AFFECTED.name(), "Someone else affected"),
      Option.of(PartyRole.SUPPORTER.name(), "A supporter"));

  static final List<Option> AGREED_TO_EMAIL =
      List.of(Option.of("true", "They agreed to be contacted by email"));

  static final List<Option> YES_NO = List.of(Option.of("yes", "Yes"), Option.of("no", "No"));

  private StaffReferralCheck() {}

  static void check(StaffReferralForm form, Errors errors, LocalDate today, OfferedChoices offered) {
    // who referred: one of the sources the service takes now (a retired one is not offered)
    if (!offered.offersSource(form.getSource())) {
      errors.rejectValue("source", "required", "Select who made the referral");
    }
    boolean self = ReferralSource.SELF.code().equals(form.getSource());
    if (!self && blank(form.getReferrerName())) {
      errors.rejectValue("referrerName", "required", "Enter the name of the person who made the referral");
    } else {
      maxLength(form.getReferrerName(), MAX_NAME, "referrerName", "The referrer's name", errors);
    }
    maxLength(form.getReferrerOrganisation(), MAX_NAME, "referrerOrganisation", "The organisation", errors);
    email(form.getReferrerEmail(), "referrerEmail", errors);
    phone(form.getReferrerPhone(), "referrerPhone", errors);
    date(form.getReferralDate(), true, "the date of the referral", "referralDate", today, errors,
        "today or in the past");

    // the incident
    if (blank(form.getOffenceType())) {
      errors.rejectValue("offenceType", "required", "Enter the offence or type of incident");
    } else {
      maxLength(form.getOffenceType(), MAX_NAME, "offenceType", "The offence or type of incident", errors);
    }
    LocalDate incident = date(form.getIncidentDate(), true, "the date of the incident", "incidentDate",
        today, errors, "in the past");
    LocalDate report = date(form.getReportDate(), false, "the date it was reported to the police",
        "reportDate", today, errors, "in the past");
    if (incident != null && report != null && report.isBefore(incident)) {
      errors.rejectValue("reportDate", "beforeIncident",
          "The date it was reported to the police must be the same as or after the date of the incident");
    }
    if (!"yes".equals(form.getWentToCourt()) && !"no".equals(form.getWentToCourt())) {
      errors.rejectValue("wentToCourt", "required", "Select yes if the case went to court");
    }
    LocalDate sentence = date(form.getSentenceDate(), false, "the date of the sentence",
        "sentenceDate", today, errors, "in the past");
    if (sentence != null && "no".equals(form.getWentToCourt())) {
      errors.rejectValue("sentenceDate", "withoutCourt",
          "Only enter a date of sentence if the case went to court");
    }
    maxLength(form.getSummary(), MAX_TEXT, "summary", "What happened", errors);
    if (!offered.offersArea(form.getArea())) {
      errors.rejectValue("area", "required", "Select the area where the incident happened");
    }

    party(form.getHarmed(), "harmed", "the person harmed", today, errors);
    party(form.getHarmer(), "harmer", "the person who caused harm", today, errors);

    OtherPartyFields other = form.getOther();
    if (other != null && !other.isEmpty()) {
      PartyRole role = parse(PartyRole.class, other.getRole());
      if (role != PartyRole.OTHER_AFFECTED && role != PartyRole.SUPPORTER) {
        errors.rejectValue("other.role", "required",
            "Select if the other person was affected or is a supporter");
      }
      if (blank(other.getName())) {
        errors.rejectValue("other.name", "required", "Enter the name of the other person");
      } else {
        maxLength(other.getName(), MAX_NAME, "other.name", "Their name", errors);
      }
      email(other.getEmail(), "other.email", errors);
      phone(other.getPhone(), "other.phone", errors);
    }
  }

  /** The referral of a form that passed {@link #check}. */
  static NewCase toNewCase(StaffReferralForm form) {
    boolean wentToCourt = "yes".equals(form.getWentToCourt());
    ReferralDetails referral = new ReferralDetails(
        new ReferralSource(form.getSource()),
        new Referrer(trimmed(form.getReferrerName()), trimmed(form.getReferrerOrganisation()),
            trimmed(form.getReferrerEmail()), trimmed(form.getReferrerPhone())),
        form.getReferralDate().toDate(),
        form.getIncidentDate().toDate(),
        form.getReportDate().isEmpty() ? null : form.getReportDate().toDate(),
        wentToCourt,
        wentToCourt && !form.getSentenceDate().isEmpty() ? form.getSentenceDate().toDate() : null);
    List<String> flags = form.getSensitivity() == null ? List.of() : form.getSensitivity();
    Sensitivity sensitivity = new Sensitivity(flags.contains("SEXUAL_OFFENCE"),
        flags.contains("DOMESTIC_ABUSE"), flags.contains("HATE_CRIME"), flags.contains("STALKING"),
        flags.contains("HOMICIDE"), flags.contains("VERY_VULNERABLE_PARTY"));
    List<NewParty> parties = new ArrayList<>();
    parties.add(party(PartyRole.HARMED, form.getHarmed()));
    parties.add(party(PartyRole.HARMER, form.getHarmer()));
    OtherPartyFields other = form.getOther();
    if (other != null && !other.isEmpty()) {
      parties.add(new NewParty(PartyRole.valueOf(other.getRole()), other.getName().trim(), null,
          trimmed(other.getEmail()), trimmed(other.getPhone()), null, null, false, null, null));
    }
    return new NewCase(referral, new Area(form.getArea()), form.getOffenceType().trim(),
        sensitivity, List.copyOf(parties), null);
  }

  private static NewParty party(PartyRole role, PartyFields p) {
    return new NewParty(role, p.getName().trim(),
        p.getDateOfBirth().isEmpty() ? null : p.getDateOfBirth().toDate(),
        trimmed(p.getEmail()), trimmed(p.getPhone()), trimmed(p.getAddress()),
        parse(ContactMethod.class, p.getPreferredContact()), p.isEmailContactAgreed(),
        trimmed(p.getInterpreterLanguage()), trimmed(p.getAccessNeeds()));
  }

  private static void party(PartyFields p, String path, String who, LocalDate today, Errors errors) {
    if (blank(p.getName())) {
      errors.rejectValue(path + ".name", "required", "Enter the name of " + who);
    } else {
      maxLength(p.getName(), MAX_NAME, path + ".name", "The name of " + who, errors);
    }
    date(p.getDateOfBirth(), false, "the date of birth of " + who, path + ".dateOfBirth", today,
        errors, "in the past");
    ContactMethod method = parse(ContactMethod.class, p.getPreferredContact());
    if (blank(p.getEmail()) && (method == ContactMethod.EMAIL || p.isEmailContactAgreed())) {
      errors.rejectValue(path + ".email", "required", "Enter an email address for " + who);
    } else {
      email(p.getEmail(), path + ".email", errors);
    }
    if (blank(p.getPhone()) && (method == ContactMethod.PHONE || method == ContactMethod.TEXT)) {
      errors.rejectValue(path + ".phone", "required", "Enter a phone number for " + who);
    } else {
      phone(p.getPhone(), path + ".phone", errors);
    }
    if (blank(p.getAddress()) && method == ContactMethod.LETTER) {
      errors.rejectValue(path + ".address", "required", "Enter an address for " + who);
    } else {
      maxLength(p.getAddress(), MAX_TEXT, path + ".address", "The address", errors);
    }
    if (!blank(p.getPreferredContact()) && method == null) {
      errors.rejectValue(path + ".preferredContact", "invalid", "Select how to contact " + who);
    }
    maxLength(p.getInterpreterLanguage(), MAX_NAME, path + ".interpreterLanguage", "The language", errors);
    maxLength(p.getAccessNeeds(), MAX_TEXT, path + ".accessNeeds", "Access needs", errors);
  }

  /**
   * Checks a date (required or optional) and that it is not after today; returns it when it is
   * a good date, null otherwise (or when an optional date is empty).
   */
  private static LocalDate date(DateParts parts, boolean required, String name, String field,
      LocalDate today, Errors errors, String mustBe) {
    if (parts == null || (!required && parts.isEmpty())) {
      if (required) {
        errors.rejectValue(field, "required", "Enter " + name);
      }
      return null;
    }
    return parts.checkNotAfter(today, name, field, errors, mustBe);
  }

  private static void email(String value, String field, Errors errors) {
    if (ContactChecks.tooLongEmail(value)) {
      errors.rejectValue(field, "tooLong", "The email address must be 254 characters or fewer");
    } else if (!blank(value) && !ContactChecks.validEmail(value)) {
      errors.rejectValue(field, "format", ContactChecks.EMAIL_FORMAT);
    }
  }

  private static void phone(String value, String field, Errors errors) {
    if (!blank(value) && !ContactChecks.validPhone(value)) {
      errors.rejectValue(field, "format", ContactChecks.PHONE_FORMAT);
    }
  }

  private static void maxLength(String value, int max, String field, String what, Errors errors) {
    if (!blank(value) && value.trim().length() > max) {
      errors.rejectValue(field, "tooLong",
          what + " must be " + String.format("%,d", max) + " characters or fewer");
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(value))
        .findFirst()
        .orElse(null);
  }
}
