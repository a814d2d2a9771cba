package org.amends.engine.model;

import io.camunda.zeebe.model.bpmn.util.time.Interval;
import io.camunda.zeebe.model.bpmn.util.time.RepeatingInterval;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.amends.engine.expression.Expression;

/**
 * When a timer is due. Durations and dates are ISO-8601; cycles are ISO repeating intervals
 * ({@code R3/PT1H}, {@code R/PT10M}, {@code R2/2025-01-01T09:00:00Z/P1D}). Durations are read
 * by the BPMN model library's {@link Interval}, as Zeebe reads them: years, months, weeks and
 * days are calendar units ({@code P1M} from 31 January is 28 or 29 February), added on the
 * engine clock's zone, UTC.
 */
public final class TimerSchedule {

  /** The engine clock's zone: calendar units are counted on it. */
  private static final ZoneId ENGINE_ZONE = ZoneOffset.UTC;

  private TimerSchedule() {}

  /** A repeating interval: {@code repetitions} is -1 for unbounded. */
  public record Cycle(int repetitions, Instant start, Interval interval) {

    public Cycle next() {
      return new Cycle(repetitions < 0 ? -1 : repetitions - 1, null, interval);
    }

    public boolean repeats() {
      return repetitions < 0 || repetitions > 1;
    }

    public Instant firstDue(Instant now) {
      return start != null ? start : after(now, interval);
    }

    public String text() {
      return "R" + (repetitions < 0 ? "" : repetitions) + "/" + TimerSchedule.text(interval);
    }
  }

  public static Cycle parseCycle(String text) {
    RepeatingInterval cycle = RepeatingInterval.parse(text.trim());
    Interval interval = cycle.getInterval();
    Instant start = interval.getStart().map(ZonedDateTime::toInstant).orElse(null);
    return new Cycle(cycle.getRepetitions(), start, new Interval(interval.getPeriod(), interval.getDuration()));
  }

  /** An ISO-8601 duration; calendar units (Y, M, W, D) stay calendar units. */
  public static Interval parseDuration(String text) {
    return Interval.parse(text.trim());
  }

  /** The instant the interval after {@code from}, calendar units counted on the engine's zone. */
  public static Instant after(Instant from, Interval interval) {
    return from.atZone(ENGINE_ZONE).plus(interval.getPeriod()).plus(interval.getDuration()).toInstant();
  }

  /** The interval as ISO-8601 text, as stored with a cycle timer and read back by {@link #parseDuration}. */
  public static String text(Interval interval) {
    return new Interval(interval.getPeriod(), interval.getDuration()).toString();
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
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("expected a repeating interval such as R3/PT1H");
        }
      }
    }
  }
}
