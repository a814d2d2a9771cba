package org.amends.app.meeting;

import java.util.List;
import java.util.NoSuchElementException;
import org.amends.app.casework.RiskLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class MeetingService {

  private final MeetingRepository meetings;

  MeetingService(MeetingRepository meetings) {
    this.meetings = meetings;
  }

  /** Schedules a meeting; the same request key again returns the first one. */
  @Transactional
  public Meeting schedule(Meeting meeting) {
    if (meeting.requestKey() == null) {
      return meetings.save(meeting);
    }
    return meetings.findByRequestKey(meeting.requestKey()).orElseGet(() -> meetings.save(meeting));
  }

  /** Records what happened; recording again overwrites, so a retried job is harmless. */
  @Transactional
  public Meeting recordOutcome(long meetingId, String attendees, String notes, RiskLevel updatedRisk) {
    return meetings.save(get(meetingId).withRecord(attendees, notes, updatedRisk));
  }

  public Meeting get(long meetingId) {
    return meetings.findById(meetingId)
        .orElseThrow(() -> new NoSuchElementException("No meeting with id " + meetingId));
  }

  public List<Meeting> forCase(long caseId) {
    return meetings.findByCaseIdOrderByStartsAt(caseId);
  }
}
