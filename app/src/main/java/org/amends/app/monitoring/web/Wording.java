package org.amends.app.monitoring.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How codes, dates and times read on the monitoring pages, the GOV.UK way. Codes read as their
 * name in sentence case ("FOLLOW_UP" → "Follow up"), so a code added later still reads sensibly.
 */
final class Wording {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private Wording() {}

  static String code(String code) {
    if (code == null || code.isBlank()) {
      return "–";
    }
    String words = code.replace('_', ' ').toLowerCase(Locale.UK);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String date(LocalDate date) {
    return date == null ? "–" : DATE.format(date);
  }

  static String shortDate(LocalDate date) {
    return date == null ? "–" : SHORT_DATE.format(date);
  }

  static String dateTime(Instant instant) {
    if (instant == null) {
      return "–";
    }
    var local = instant.atZone(MonitoringFilter.ZONE);
    return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
  }
}
