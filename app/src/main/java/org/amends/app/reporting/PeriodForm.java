package org.amends.app.reporting;

import java.time.LocalDate;
import java.util.Optional;
import org.amends.app.web.DateParts;
import org.springframework.validation.BindingResult;

/**
 * The report's period as asked for: a reporting year ("2025/26"), or a first and last day. With
 * neither, the current reporting year.
 */
class PeriodForm {

  private String year;
  private DateParts from = new DateParts();
  private DateParts to = new DateParts();

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public DateParts getFrom() {
    return from;
  }

  public void setFrom(DateParts from) {
    this.from = from;
  }

  public DateParts getTo() {
    return to;
  }

  public void setTo(DateParts to) {
    this.to = to;
  }

  public boolean isRange() {
    return !from.isEmpty() || !to.isEmpty();
  }

  /** The period, or empty with the problems in {@code errors}. */
  Optional<ReportPeriod> period(LocalDate today, BindingResult errors) {
    if (isRange()) {
      String fromProblem = from.problem("the first day");
      String toProblem = to.problem("the last day");
      if (fromProblem != null) {
        errors.rejectValue("from", "invalid", fromProblem);
      }
      if (toProblem != null) {
        errors.rejectValue("to", "invalid", toProblem);
      }
      if (fromProblem != null || toProblem != null) {
        return Optional.empty();
      }
      if (to.toDate().isBefore(from.toDate())) {
        errors.rejectValue("to", "order", "The last day must be the same as or after the first day");
        return Optional.empty();
      }
      return Optional.of(ReportPeriod.range(from.toDate(), to.toDate()));
    }
    if (year == null || year.isBlank()) {
      return Optional.of(ReportPeriod.yearOf(today));
    }
    Optional<ReportPeriod> period = ReportPeriod.parseYear(year.trim());
    if (period.isEmpty()) {
      errors.rejectValue("year", "invalid", "Select a reporting year, like 2025/26");
    }
    return period;
  }
}
