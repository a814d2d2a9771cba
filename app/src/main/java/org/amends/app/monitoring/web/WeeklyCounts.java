package org.amends.app.monitoring.web;

import java.time.LocalDate;
import java.util.List;

/**
 * Referrals (journeys started) and closures (journeys ended) per week, Monday to Sunday: the
 * overview's table, and the data a chart of the same figures is drawn from.
 */
public record WeeklyCounts(List<Week> weeks) {

  /** One week: its Monday, referrals and closures. */
  public record Week(LocalDate monday, long referrals, long closures) {}

  public long totalReferrals() {
    return weeks.stream().mapToLong(Week::referrals).sum();
  }

  public long totalClosures() {
    return weeks.stream().mapToLong(Week::closures).sum();
  }
}
