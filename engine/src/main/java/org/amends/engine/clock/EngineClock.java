package org.amends.engine.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine's one source of time. Tests pin it or move it forward; timers, job deadlines and
 * message time-to-live all read it, so a pinned clock makes them deterministic.
 */
public final class EngineClock {

  private final Clock system;
  /** The pinned instant, or null when the clock follows the system clock (plus an offset). */
  private final AtomicReference<Instant> pinned = new AtomicReference<>();
  private volatile Duration offset = Duration.ZERO;

  public EngineClock() {
    this(Clock.systemUTC());
  }

  public EngineClock(Clock system) {
    this.system = system;
  }

  public Instant now() {
    Instant p = pinned.get();
    return p != null ? p : system.instant().plus(offset);
  }

  public long millis() {
    return now().toEpochMilli();
  }

  /** Stops the clock at the given instant. */
  public void pin(Instant instant) {
    pinned.set(instant);
  }

  /** Moves the clock forward (a pinned clock stays pinned, at the later instant). */
  public void add(Duration duration) {
    Instant p = pinned.get();
    if (p != null) {
      pinned.set(p.plus(duration));
    } else {
      offset = offset.plus(duration);
    }
  }

  /** Back to the system clock. */
  public void reset() {
    pinned.set(null);
    offset = Duration.ZERO;
  }

  public boolean isPinned() {
    return pinned.get() != null;
  }

  public Clock asClock() {
    return new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now();
      }
    };
  }
}
