package org.amends.app.referral;

import java.time.Clock;
import org.amends.app.engine.EngineUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One attempt at starting a case's journey, holding the lock on its journey_start record for the
 * length of the attempt. A failure is counted and the next attempt put off; it never reaches the
 * person who made the referral, whose case is already safe.
 */
@Component
class JourneyStartAttempt {

  private static final Logger LOG = LoggerFactory.getLogger(JourneyStartAttempt.class);

  private final PendingJourneys pending;
  private final JourneyStarter starter;
  private final TransactionTemplate transaction;
  private final Clock clock;

  JourneyStartAttempt(PendingJourneys pending, @Lazy JourneyStarter starter,
      TransactionTemplate transaction, Clock clock) {
    this.pending = pending;
    this.starter = starter;
    this.transaction = transaction;
    this.clock = clock;
  }

  enum Outcome {
    /** The journey runs (started now or before), or the case no longer wants one. */
    DONE,
    /** Another attempt holds the case. */
    BUSY,
    /** The engine refused: tried again later. */
    REFUSED,
    /** The engine did not answer: tried again later. */
    UNREACHABLE
  }

  /**
   * One attempt. The request that opened the case waits for an attempt the poller has under way
   * (and then finds the journey it started); the poller passes a case another attempt holds.
   */
  Outcome tryStart(long caseId, boolean waitForOther) {
    try {
      return transaction.execute(status -> {
        if (!pending.lock(caseId, waitForOther)) {
          return Outcome.BUSY;
        }
        if (starter.stillWanted(caseId)) {
          starter.startJourney(caseId);
        }
        return Outcome.DONE;
      });
    } catch (RuntimeException e) {
      String failure = EngineUnreachable.kind(e);
      transaction.executeWithoutResult(status -> pending.failed(caseId, clock.instant(), failure));
      LOG.warn("Journey of case {} not started yet ({}); it is tried again", caseId, failure);
      return EngineUnreachable.is(e) ? Outcome.UNREACHABLE : Outcome.REFUSED;
    }
  }
}
