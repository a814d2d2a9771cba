package org.amends.app.casework;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After every party was contacted: the case goes on only when the harmed person and the harmer
 * both agreed and the harmer accepts responsibility for the harm, which restorative justice
 * cannot do without. Parties who declined are recorded as such.
 */
@Service
public class ContactReview {

  static final String NO_RESPONSIBILITY_NOTE = "The person who caused the harm does not accept "
      + "responsibility for it, so restorative justice cannot go ahead; the case closes as not "
      + "suitable.";

  private final CaseService cases;
  private final CaseRecordService records;
  private final Clock clock;

  ContactReview(CaseService cases, CaseRecordService records, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.clock = clock;
  }

  /**
   * The closure outcome when the case cannot go on, or empty when it moves on to assessment. The
   * harmed person's answer counts first and a definite answer before no answer:
   * DECLINED_BY_HARMED, DECLINED_BY_HARMER, NOT_SUITABLE (the harmer does not accept
   * responsibility, noted on the case under {@code requestKey}), then NO_CONTACT.
   */
  @Transactional
  public Optional<ClosureOutcome> review(
      long caseId, List<ContactAnswer> answers, String requestKey) {
    boolean harmedDeclined = false;
    boolean harmerDeclined = false;
    boolean responsibilityRefused = false;
    boolean principalNotReached = false;
    for (ContactAnswer answer : answers) {
      Party party = cases.party(answer.partyId());
      if (party.caseId() != caseId) {
        throw new IllegalArgumentException(
            "Party " + answer.partyId() + " is not in case " + caseId);
      }
      boolean principal = party.role() == PartyRole.HARMED || party.role() == PartyRole.HARMER;
      switch (String.valueOf(answer.outcome())) {
        case "AGREED" -> responsibilityRefused |= refusesResponsibility(party, answer);
        case "DECLINED" -> {
          cases.recordDeclined(caseId, party.id());
          harmedDeclined |= party.role() == PartyRole.HARMED;
          harmerDeclined |= party.role() == PartyRole.HARMER;
        }
        case "NO_CONTACT" -> principalNotReached |= principal;
        default -> throw new IllegalArgumentException(
            "Contact outcome of party " + party.id() + " should be AGREED, DECLINED or NO_CONTACT,"
                + " but was " + answer.outcome());
      }
    }
    if (harmedDeclined) {
      return Optional.of(ClosureOutcome.DECLINED_BY_HARMED);
    }
    if (harmerDeclined) {
      return Optional.of(ClosureOutcome.DECLINED_BY_HARMER);
    }
    if (responsibilityRefused) {
      records.addNote(new CaseNote(null, caseId, NO_RESPONSIBILITY_NOTE, "system",
          clock.instant().truncatedTo(ChronoUnit.MICROS), requestKey));
      return Optional.of(ClosureOutcome.NOT_SUITABLE);
    }
    if (principalNotReached) {
      return Optional.of(ClosureOutcome.NO_CONTACT);
    }
    cases.setStage(caseId, Stage.ASSESSMENT);
    return Optional.empty();
  }

  private static boolean refusesResponsibility(Party party, ContactAnswer answer) {
    if (party.role() != PartyRole.HARMER) {
      return false;
    }
    if (answer.acceptsResponsibility() == null) {
      throw new IllegalArgumentException("Harmer " + party.id() + " of case " + party.caseId()
          + " wants to take part, but the contact record does not say whether they accept"
          + " responsibility (acceptsResponsibility); the record-contact form asks it");
    }
    return !answer.acceptsResponsibility();
  }
}
