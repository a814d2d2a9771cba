package org.amends.engine.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * How long a finished process instance's variables and history are kept: an ISO-8601 period
 * ({@code P7Y}, {@code P18M}) or duration ({@code PT12H}), counted on the engine clock from the
 * instance's end, in calendar terms (a year is a year, not 365 days).
 */
public record HistoryRetention(Period period, Duration duration) {

  /** Seven years, the common retention of case records. */
  public static final HistoryRetention DEFAULT = new HistoryRetention(Period.ofYears(7), Duration.ZERO);

  public HistoryRetention {
    period = period == null ? Period.ZERO : period;
    duration = duration == null ? Duration.ZERO : duration;
    if (period.isNegative() || duration.isNegative() || period.isZero() && duration.isZero()) {
      throw new IllegalArgumentException("The history retention must be longer than zero");
    }
  }

  /** Reads {@code P7Y}, {@code P30D}, {@code PT1H} or {@code P1DT12H}. */
  public static HistoryRetention parse(String text) {
    String value = text == null ? "" : text.strip().toUpperCase();
    try {
      int time = value.indexOf('T');
      if (time < 0) {
        return new HistoryRetention(Period.parse(value), Duration.ZERO);
      }
      Period datePart = time == 1 ? Period.ZERO : Period.parse(value.substring(0, time));
      return new HistoryRetention(datePart, Duration.parse("P" + value.substring(time)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "The history retention '" + text + "' is not an ISO-8601 period such as P7Y, P18M or P30D", e);
    }
  }

  /** Instances that ended before this instant are past their retention. */
  public Instant cutoff(Instant now) {
    return now.atOffset(ZoneOffset.UTC).minus(period).toInstant().minus(duration);
  }

  @Override
  public String toString() {
    return (period.isZero() ? "P" : period.toString()) + (duration.isZero() ? "" : duration.toString().substring(1));
  }
}
