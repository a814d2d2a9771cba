package org.amends.app.facilitation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.amends.app.areas.ChoiceList;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.casework.Area;
import org.amends.app.casework.web.Labels;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks a facilitator's register details the GOV.UK way (what is wrong and where) and turns them
 * into a {@link Facilitator}: 18 or over, at least one area, a training level, and a DBS
 * certificate as its 12-digit number with its date of issue, or neither.
 */
@Component
class FacilitatorFormCheck {

  private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
  private static final String PHONE = "^\\+?[0-9 ()-]{7,20}$";

  private final FacilitatorService facilitators;
  private final ServiceChoices choices;
  private final Clock clock;

  FacilitatorFormCheck(FacilitatorService facilitators, ServiceChoices choices, Clock clock) {
    this.facilitators = facilitators;
    this.choices = choices;
    this.clock = clock;
  }

  /**
   * The facilitator the form describes, or null with the form's errors recorded. {@code self} is
   * the facilitator being changed (null for a new one): their own email is not a duplicate.
   */
  Facilitator check(FacilitatorForm form, Long self, BindingResult errors) {
    LocalDate today = LocalDate.now(clock);
    String name = trimmed(form.getName());
    if (name == null) {
      errors.rejectValue("name", "required", "Enter the facilitator's full name");
    }
    String email = trimmed(form.getEmail());
    if (email == null) {
      errors.rejectValue("email", "required", "Enter an email address");
    } else if (!email.matches(EMAIL)) {
      errors.rejectValue("email", "format", "Enter an email address in the correct format, like name@example.com");
    } else if (facilitators.all().stream().anyMatch(f -> !f.id().equals(self)
        && f.email().toLowerCase(Locale.UK).equals(email.toLowerCase(Locale.UK)))) {
      errors.rejectValue("email", "taken", "Another facilitator on the register has this email address");
    }
    String phone = trimmed(form.getPhone());
    if (phone != null && !phone.matches(PHONE)) {
      errors.rejectValue("phone", "format", "Enter a telephone number, like 01632 960 001 or 07700 900 982");
    }
    LocalDate born = dateOfBirth(form, today, errors);
    Set<Area> areas = form.getAreas() == null ? Set.of() : form.getAreas().stream()
        .filter(code -> choices.find(ChoiceList.AREAS, code).isPresent())
        .map(Area::new).collect(Collectors.toSet());
    if (areas.isEmpty()) {
      errors.rejectValue("areas", "required", "Select at least one area they work in");
    }
    TrainingLevel level = Arrays.stream(TrainingLevel.values())
        .filter(l -> l.name().equals(form.getTrainingLevel())).findFirst().orElse(null);
    if (level == null) {
      errors.rejectValue("trainingLevel", "required", "Select their training level");
    }
    String kind = form.getKind();
    if (!FacilitatorForm.VOLUNTEER.equals(kind) && !FacilitatorForm.STAFF.equals(kind)) {
      errors.rejectValue("kind", "required", "Select whether they are a volunteer or a member of staff");
    }
    String dbsNumber = dbsNumber(form, errors);
    LocalDate dbsIssued = dbsIssued(form, dbsNumber, today, errors);
    if (errors.hasErrors()) {
      return null;
    }
    return Facilitator.of(name, email, born, level, FacilitatorForm.VOLUNTEER.equals(kind), areas)
        .withPhone(phone)
        .withDbsCheck(dbsNumber, dbsIssued);
  }

  private static LocalDate dateOfBirth(FacilitatorForm form, LocalDate today, BindingResult errors) {
    LocalDate born = form.getDateOfBirth().check("date of birth", "dateOfBirth", errors);
    if (born == null) {
      return null;
    }
    if (!born.isBefore(today)) {
      errors.rejectValue("dateOfBirth", "future", "Date of birth must be in the past");
      return null;
    }
    if (born.plusYears(Facilitator.MINIMUM_AGE).isAfter(today)) {
      errors.rejectValue("dateOfBirth", "under18",
          "A facilitator must be " + Facilitator.MINIMUM_AGE + " or over: their date of birth must be on or before "
              + Labels.date(today.minusYears(Facilitator.MINIMUM_AGE)));
      return null;
    }
    return born;
  }

  private static String dbsNumber(FacilitatorForm form, BindingResult errors) {
    String typed = trimmed(form.getDbsCertificateNumber());
    String digits = typed == null ? null : typed.replace(" ", "");
    if (digits == null && !form.getDbsIssuedOn().isEmpty()) {
      errors.rejectValue("dbsCertificateNumber", "required", "Enter the DBS certificate number");
    } else if (digits != null && !digits.matches("[0-9]{12}")) {
      errors.rejectValue("dbsCertificateNumber", "format",
          "DBS certificate number must be 12 digits, like 001234567890");
    }
    return digits;
  }

  private static LocalDate dbsIssued(FacilitatorForm form, String number, LocalDate today, BindingResult errors) {
    if (number == null && form.getDbsIssuedOn().isEmpty()) {
      return null;
    }
    return form.getDbsIssuedOn().checkNotAfter(today, "the date the DBS certificate was issued", "dbsIssuedOn",
        errors, "today or in the past");
  }

  static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
