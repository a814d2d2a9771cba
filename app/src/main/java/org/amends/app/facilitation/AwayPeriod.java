package org.amends.app.facilitation;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** Days a facilitator is away, first and last included. */
@Table(schema = "amends", name = "facilitator_away")
public record AwayPeriod(LocalDate firstDay, LocalDate lastDay) {

  public boolean includes(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  /** Whether the period has not ended by the day. */
  public boolean endsOnOrAfter(LocalDate day) {
    return !lastDay.isBefore(day);
  }
}
