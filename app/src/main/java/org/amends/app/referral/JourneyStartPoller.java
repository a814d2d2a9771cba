package org.amends.app.referral;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Starts the journeys that could not be started when their case was opened. */
@Component
class JourneyStartPoller {

  /** At most this many cases per round, so one round never runs for long. */
  private static final int BATCH = 50;

  private final PendingJourneys pending;
  private final JourneyStartAttempt attempt;
  private final Clock clock;

  JourneyStartPoller(PendingJourneys pending, JourneyStartAttempt attempt, Clock clock) {
    this.pending = pending;
    this.attempt = attempt;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${amends.intake.journey-start-poll:PT2S}",
      initialDelayString = "${amends.intake.journey-start-poll:PT2S}")
  void startDue() {
    for (long caseId : pending.due(clock.instant(), BATCH)) {
      if (attempt.tryStart(caseId, false) == JourneyStartAttempt.Outcome.UNREACHABLE) {
        // the engine is still away: the rest waits for the next round rather than time out too
        return;
      }
    }
  }
}
