package org.amends.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** The date check that the register, the staff and self-referral and the hours forms share. */
class DatePartsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 27);

  /** A form with one date field, as the form beans hold it. */
  public static class Form {
    private DateParts on = new DateParts();

    public DateParts getOn() {
      return on;
    }

    public void setOn(DateParts on) {
      this.on = on;
    }
  }

  @Test
  void shouldGiveTheRealDateAndRejectNothing() {
    DateParts today = parts("27", "3", "2026");
    Errors errors = errorsOf(today);
    assertThat(today.checkNotAfter(TODAY, "the date of the work", "on", errors, "today or in the past"))
        .isEqualTo(TODAY);
    assertThat(errors.hasErrors()).isFalse();
  }

  @Test
  void shouldRejectTheFieldWithWhatIsWrongTheGovUkWay() {
    assertThat(messageOf(parts("", "", ""), false)).isEqualTo("Enter the date of the work");
    assertThat(messageOf(parts("", "3", "2026"), false)).isEqualTo("The date of the work must include a day");
    assertThat(messageOf(parts("31", "2", "2026"), false)).isEqualTo("The date of the work must be a real date");
  }

  @Test
  void shouldRejectADateAfterTodayWithWhatItMustBe() {
    assertThat(messageOf(parts("28", "3", "2026"), true)).isEqualTo("The date of the work must be today or in the past");
    DateParts tomorrow = parts("28", "3", "2026");
    Errors errors = errorsOf(tomorrow);
    assertThat(tomorrow.check("the date of the work", "on", errors)).isEqualTo(TODAY.plusDays(1));
    assertThat(errors.hasErrors()).isFalse();
  }

  private static String messageOf(DateParts parts, boolean notAfterToday) {
    Errors errors = errorsOf(parts);
    LocalDate date = notAfterToday
        ? parts.checkNotAfter(TODAY, "the date of the work", "on", errors, "today or in the past")
        : parts.check("the date of the work", "on", errors);
    assertThat(date).isNull();
    assertThat(errors.getFieldErrorCount("on")).isEqualTo(1);
    return errors.getFieldError("on").getDefaultMessage();
  }

  private static DateParts parts(String day, String month, String year) {
    DateParts parts = new DateParts();
    parts.setDay(day);
    parts.setMonth(month);
    parts.setYear(year);
    return parts;
  }

  private static Errors errorsOf(DateParts parts) {
    Form form = new Form();
    form.setOn(parts);
    return new BeanPropertyBindingResult(form, "form");
  }
}
