package org.amends.app.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.amends.engine.clock.EngineClock;

/**
 * The app's clock reading the embedded engine's clock, for a test that moves time with Camunda
 * Process Test: the app's dates (referral, risk assessment, closure, survey sent and answered) and
 * the engine's timers then agree, as they do in production where both follow the real time.
 */
final class EngineTime extends Clock {

  private final EngineClock engine;
  private final ZoneId zone;

  EngineTime(EngineClock engine, ZoneId zone) {
    this.engine = engine;
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new EngineTime(engine, other);
  }

  @Override
  public Instant instant() {
    return engine.now();
  }
}
