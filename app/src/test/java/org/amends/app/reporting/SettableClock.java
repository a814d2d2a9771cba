package org.amends.app.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The app's clock for tests that need "now" on given days: surveys sent and answered, hours logged. */
final class SettableClock extends Clock {

  static final ZoneId UK = ZoneId.of("Europe/London");
  private volatile Instant now = Instant.now();

  void setDay(LocalDate day) {
    now = day.atTime(LocalTime.NOON).atZone(UK).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return UK;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The test clock stays on UK time");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
