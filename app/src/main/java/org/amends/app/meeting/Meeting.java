package org.amends.app.meeting;

import java.time.Instant;
import org.amends.app.casework.RiskLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A preparation meeting with one party, or the conference, exchange, panel or mediation itself:
 * scheduled first, then its record (attendees, notes, updated risk) is added.
 */
@Table(schema = "amends", name = "meeting")
public record Meeting(
    @Id Long id,
    long caseId,
    MeetingKind kind,
    Long partyId,
    Instant startsAt,
    String venue,
    String attendees,
    String notes,
    RiskLevel updatedRisk,
    String requestKey,
    @Version Long version) {

  /** A meeting to hold; {@code partyId} only for preparation meetings. */
  public static Meeting scheduled(
      long caseId, MeetingKind kind, Long partyId, Instant startsAt, String venue,
      String requestKey) {
    return new Meeting(
        null, caseId, kind, partyId, startsAt, venue, null, null, null, requestKey, null);
  }

  Meeting withRecord(String newAttendees, String newNotes, RiskLevel risk) {
    return new Meeting(id, caseId, kind, partyId, startsAt, venue, newAttendees, newNotes, risk,
        requestKey, version);
  }
}
