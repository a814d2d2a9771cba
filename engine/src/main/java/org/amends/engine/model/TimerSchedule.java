package org.amends.engine.model;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
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
 * ({@code R3/PT1H}, {@code R/PT10M}, {@code R2/2025-01-01T09:00:00Z/P1D}) or cron expressions
 * ({@code 0 0 9 * * MON}). Durations are read
 * by the BPMN model library's {@link Interval}, as Zeebe reads them: years, months, weeks and
 * days are calendar units ({@code P1M} from 31 January is 28 or 29 February), added on the
 * engine clock's zone, UTC.
 */
public final class TimerSchedule {

  /** The engine clock's zone: calendar units are counted on it. */
  private static final ZoneId ENGINE_ZONE = ZoneOffset.UTC;

  /** Spring's cron format (5.3 on: macros, L, W, #), the one Zeebe reads; the parser is thread-safe. */
  private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING53));

  private TimerSchedule() {}

  /**
   * A cycle: an ISO repeating interval, or a cron expression (Spring's syntax, as Zeebe's: six
   * fields from seconds, or a macro such as {@code @daily}), which repeats without end.
   * {@code repetitions} is -1 for unbounded; {@code rule} is the interval's ISO text or the cron
   * expression, stored with the timer to find the next due date.
   */
  public record Cycle(int repetitions, Instant start, String rule) {

    public boolean repeats() {
      return repetitions < 0 || repetitions > 1;
    }

    public Instant firstDue(Instant now) {
      return start != null ? start : nextDue(now, rule);
    }

    public String text() {
      return isCron(rule) ? rule : "R" + (repetitions < 0 ? "" : repetitions) + "/" + rule;
    }
  }

  public static Cycle parseCycle(String text) {
    String trimmed = text.trim();
    if (!trimmed.startsWith("R")) {
      try {
        cron(trimmed);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "expected a repeating interval such as R3/PT1H or a cron expression such as 0 0 9 * * MON");
      }
      return new Cycle(-1, null, trimmed);
    }
    RepeatingInterval cycle = RepeatingInterval.parse(trimmed);
    Interval interval = cycle.getInterval();
    Instant start = interval.getStart().map(ZonedDateTime::toInstant).orElse(null);
    return new Cycle(cycle.getRepetitions(), start, text(interval));
  }

  /** When a cycle with this rule (ISO interval text or cron expression) is next due after {@code from}. */
  public static Instant nextDue(Instant from, String rule) {
    if (isCron(rule)) {
      return ExecutionTime.forCron(cron(rule)).nextExecution(from.atZone(ENGINE_ZONE))
          .map(ZonedDateTime::toInstant)
          .orElseThrow(() -> new IllegalArgumentException("the cron expression '" + rule + "' is never due again"));
    }
    return after(from, parseDuration(rule));
  }

  /** A valid cron expression; an IllegalArgumentException says what is wrong with it. */
  private static Cron cron(String rule) {
    return CRON.parse(rule).validate();
  }

  /** ISO durations start with P; anything else in a cycle's rule is a cron expression. */
  private static boolean isCron(String rule) {
    return !rule.startsWith("P");
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
          throw new IllegalArgumentException(
              "expected a repeating interval such as R3/PT1H or a cron expression such as 0 0 9 * * MON");
        }
      }
    }
  }
}
