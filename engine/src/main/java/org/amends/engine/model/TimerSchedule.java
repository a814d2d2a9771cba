package org.amends.engine.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.amends.engine.expression.Expression;

/**
 * When a timer is due. Durations and dates are ISO-8601; cycles are ISO repeating intervals
 * ({@code R3/PT1H}, {@code R/PT10M}, {@code R2/2025-01-01T09:00:00Z/P1D}).
 */
public final class TimerSchedule {

  private TimerSchedule() {}

  /** A repeating interval: {@code repetitions} is -1 for unbounded. */
  public record Cycle(int repetitions, Instant start, Duration interval) {

    public Cycle next() {
      return new Cycle(repetitions < 0 ? -1 : repetitions - 1, null, interval);
    }

    public boolean repeats() {
      return repetitions < 0 || repetitions > 1;
    }

    public Instant firstDue(Instant now) {
      return start != null ? start : now.plus(interval);
    }

    public String text() {
      return "R" + (repetitions < 0 ? "" : repetitions) + "/" + interval;
    }
  }

  public static Cycle parseCycle(String text) {
    String[] parts = text.trim().split("/");
    if (parts.length < 2 || parts.length > 3 || !parts[0].startsWith("R")) {
      throw new IllegalArgumentException("expected a repeating interval such as R3/PT1H");
    }
    String count = parts[0].substring(1);
    int repetitions = count.isEmpty() ? -1 : Integer.parseInt(count);
    Instant start = parts.length == 3 ? ZonedDateTime.parse(parts[1]).toInstant() : null;
    Duration interval = parseDuration(parts[parts.length - 1]);
    return new Cycle(repetitions, start, interval);
  }

  public static Duration parseDuration(String text) {
    String s = text.trim();
    int t = s.indexOf('T');
    String datePart = t < 0 ? s : s.substring(0, t);
    if (datePart.length() > 1) {
      java.time.Period period = java.time.Period.parse(datePart);
      Duration time = t < 0 ? Duration.ZERO : Duration.parse("P" + s.substring(t));
      return Duration.ofDays(period.toTotalMonths() * 30 + period.getDays()).plus(time);
    }
    return Duration.parse(s);
  }

  public static Instant parseDate(String text) {
    try {
      return ZonedDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected a date and time with zone, e.g. 2025-01-31T09:00:00Z");
    }
  }

  /** Checks a static timer value at deployment; throws with the reason when it does not parse. */
  public static void validateStatic(TimerDefinition.Kind kind, Expression expression) {
    String text = expression.text();
    switch (kind) {
      case DURATION -> {
        try {
          parseDuration(text);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("expected an ISO-8601 duration such as PT10M or P3D");
        }
      }
      case DATE -> parseDate(text);
      case CYCLE -> {
        try {
          parseCycle(text);
        } catch (DateTimeParseException | NumberFormatException e) {
          throw new IllegalArgumentException("expected a repeating interval such as R3/PT1H");
        }
      }
    }
  }
}
