package org.amends.app.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.springframework.validation.Errors;

/**
 * A date typed into the GOV.UK date input's three boxes. Kept as text so that what the person
 * typed comes back to them when the form has errors.
 */
public class DateParts {

  private String day;
  private String month;
  private String year;

  public DateParts() {}

  public static DateParts of(LocalDate date) {
    DateParts parts = new DateParts();
    if (date != null) {
      parts.day = String.valueOf(date.getDayOfMonth());
      parts.month = String.valueOf(date.getMonthValue());
      parts.year = String.valueOf(date.getYear());
    }
    return parts;
  }

  public boolean isEmpty() {
    return blank(day) && blank(month) && blank(year);
  }

  /**
   * What is wrong with the date, written the GOV.UK way for the date called {@code name} (for
   * example "the date of the incident"); null when it is a real date.
   */
  public String problem(String name) {
    if (isEmpty()) {
      return "Enter " + name;
    }
    if (blank(day)) {
      return capitalised(name) + " must include a day";
    }
    if (blank(month)) {
      return capitalised(name) + " must include a month";
    }
    if (blank(year)) {
      return capitalised(name) + " must include a year";
    }
    if (toDate() == null) {
      return capitalised(name) + " must be a real date";
    }
    return null;
  }

  /** The real date, or null after rejecting the form's field with what is wrong with it (see problem). */
  public LocalDate check(String name, String field, Errors errors) {
    String problem = problem(name);
    if (problem != null) {
      errors.rejectValue(field, "invalid", problem);
      return null;
    }
    return toDate();
  }

  /**
   * As {@link #check}, and not after today: a later date is rejected with "[Name] must be " and
   * mustBe (for example "today or in the past").
   */
  public LocalDate checkNotAfter(LocalDate today, String name, String field, Errors errors, String mustBe) {
    LocalDate date = check(name, field, errors);
    if (date != null && date.isAfter(today)) {
      errors.rejectValue(field, "future", capitalised(name) + " must be " + mustBe);
      return null;
    }
    return date;
  }

  /** The date, or null when the parts do not make a real date. */
  public LocalDate toDate() {
    try {
      int y = Integer.parseInt(year.trim());
      if (y < 1900 || y > 2999) {
        return null;
      }
      return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
    } catch (NumberFormatException | DateTimeException | NullPointerException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
