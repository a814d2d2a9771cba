package org.amends.app.reporting;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The days a report covers, both ends included: a reporting year (1 April to 31 March, the
 * public-sector year services report in, written "2025/26") or any range of days. The previous
 * period is the year before, or the same number of days just before the range.
 */
record ReportPeriod(LocalDate from, LocalDate to, boolean reportingYear) {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  ReportPeriod {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("A report period cannot end before it starts");
    }
  }

  /** The reporting year that starts on 1 April of this year. */
  static ReportPeriod year(int startYear) {
    return new ReportPeriod(LocalDate.of(startYear, Month.APRIL, 1), LocalDate.of(startYear + 1, Month.MARCH, 31), true);
  }

  /** The reporting year a day falls in. */
  static ReportPeriod yearOf(LocalDate day) {
    return year(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
  }

  static ReportPeriod range(LocalDate from, LocalDate to) {
    return new ReportPeriod(from, to, false);
  }

  /** "2025/26" as a reporting year; empty for anything else. */
  static Optional<ReportPeriod> parseYear(String text) {
    if (text == null || text.length() != 7 || text.charAt(4) != '/') {
      return Optional.empty();
    }
    try {
      int start = Integer.parseInt(text.substring(0, 4));
      int end = Integer.parseInt(text.substring(5));
      return end == (start + 1) % 100 && start >= 2000 && start <= 2999 ? Optional.of(year(start)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  ReportPeriod previous() {
    if (reportingYear) {
      return year(from.getYear() - 1);
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    return range(from.minusDays(days), from.minusDays(1));
  }

  /** "2025/26" for a reporting year. */
  public String yearLabel() {
    return from.getYear() + "/" + String.format("%02d", (from.getYear() + 1) % 100);
  }

  /** "2025/26 (1 April 2025 to 31 March 2026)" or "1 May 2025 to 31 May 2025". */
  public String label() {
    String days = DATE.format(from) + " to " + DATE.format(to);
    return reportingYear ? yearLabel() + " (" + days + ")" : days;
  }

  /** The period as the query of a link: the report, a figure's cases, a CSV or the PDF. */
  public String query() {
    return reportingYear ? "year=" + yearLabel()
        : "from.day=" + from.getDayOfMonth() + "&from.month=" + from.getMonthValue() + "&from.year=" + from.getYear()
            + "&to.day=" + to.getDayOfMonth() + "&to.month=" + to.getMonthValue() + "&to.year=" + to.getYear();
  }

  /** For file names: "2025-26" or "2025-05-01-to-2025-05-31". */
  public String slug() {
    return reportingYear ? yearLabel().replace('/', '-') : from + "-to-" + to;
  }
}
