package org.amends.app.referral.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.LongConsumer;
import org.amends.app.audit.AuditSubject;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.NewCase;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.StartedCase;
import org.springframework.stereotype.Service;

/**
 * What the three ways in share: the case is opened and its journey started, and what the
 * referral says in words (what happened, how to keep someone safe) becomes the case's first note,
 * because personal detail stays in the case and never goes into process variables. The case, its
 * note and the record that its journey is to start commit together, so the referral is received
 * even when the engine cannot start the journey at once.
 */
@Service
class ReferralIntake {

  private final JourneyStarter journeys;
  private final CaseRecordService records;
  private final Clock clock;

  ReferralIntake(JourneyStarter journeys, CaseRecordService records, Clock clock) {
    this.journeys = journeys;
    this.records = records;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  StartedCase open(NewCase referral, String note, String writtenBy) {
    return journeys.startNow(record(referral, note, writtenBy, caseId -> { }));
  }

  /**
   * Opens the case, its first note and whatever else the caller records about it in one
   * transaction, without starting its journey yet.
   */
  long record(NewCase referral, String note, String writtenBy, LongConsumer alsoRecord) {
    long caseId = journeys.open(referral, id -> {
      if (note != null && !note.isBlank()) {
        records.addNote(new CaseNote(null, id, note.trim(), writtenBy,
            clock.instant().truncatedTo(ChronoUnit.MICROS), "referral:" + id));
      }
      alsoRecord.accept(id);
    });
    AuditSubject.caseId(caseId); // the audit row of the request that opened it names it
    return caseId;
  }

  StartedCase startJourney(long caseId) {
    return journeys.startNow(caseId);
  }
}
