package org.amends.app.meeting;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.ProcessIds;
import org.amends.app.casework.Stage;
import org.amends.app.notification.EmailRequest;
import org.amends.app.notification.EmailTemplate;
import org.amends.app.notification.NotificationService;
import org.amends.app.notification.Recipient;
import org.springframework.stereotype.Component;

/** The conference, panel or mediation: scheduled, then each participant invited and reminded. */
@Component
public class MeetingWorkers {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final MeetingService meetings;
  private final CaseService cases;
  private final NotificationService notifications;

  MeetingWorkers(MeetingService meetings, CaseService cases, NotificationService notifications) {
    this.meetings = meetings;
    this.cases = cases;
    this.notifications = notifications;
  }

  /**
   * Invites every active participant to the meeting the coordinator arranged, which the tasklist
   * scheduled with its venue ({@code meetingId}). Without one (the task was completed outside
   * Amends) it is scheduled here, with no venue.
   */
  @JobWorker(type = "send-meeting-invitations")
  public void sendMeetingInvitations(
      @JobKey long jobKey,
      @Variable long caseId,
      @Variable List<Object> participantIds,
      @Variable String meetingAt,
      @Variable(optional = true) Object meetingId,
      @Variable(optional = true) String route) {
    cases.setStage(caseId, Stage.MEETING);
    Meeting meeting = meetingId != null ? meeting(caseId, meetingId)
        : meetings.schedule(Meeting.scheduled(
            caseId, kind(route), null, instant(meetingAt), null, String.valueOf(jobKey)));
    emailParticipants(jobKey, caseId, participantIds, EmailTemplate.MEETING_INVITATION, meeting);
  }

  @JobWorker(type = "send-meeting-reminders")
  public void sendMeetingReminders(
      @JobKey long jobKey,
      @Variable long caseId,
      @Variable List<Object> participantIds,
      @Variable String meetingAt,
      @Variable(optional = true) Object meetingId) {
    Meeting meeting = meetingId != null ? meeting(caseId, meetingId)
        : Meeting.scheduled(caseId, MeetingKind.CONFERENCE, null, instant(meetingAt), null, null);
    emailParticipants(jobKey, caseId, participantIds, EmailTemplate.MEETING_REMINDER, meeting);
  }

  private Meeting meeting(long caseId, Object meetingId) {
    Meeting meeting = meetings.get(ProcessIds.id("meetingId", meetingId));
    if (meeting.caseId() != caseId) {
      throw new IllegalArgumentException("Meeting " + meeting.id() + " is not in case " + caseId);
    }
    return meeting;
  }

  private void emailParticipants(long jobKey, long caseId, List<Object> participantIds,
      EmailTemplate template, Meeting meeting) {
    Map<String, Object> model = new HashMap<>();
    model.put("meetingAt", meeting.startsAt());
    if (meeting.venue() != null) {
      model.put("venue", meeting.venue());
    }
    for (long partyId : ProcessIds.ids("participantIds", participantIds)) {
      Party party = cases.party(partyId);
      if (party.isActive()) {
        notifications.send(new EmailRequest(
            caseId, Recipient.party(partyId), template, model, jobKey + ":party:" + partyId));
      }
    }
  }

  static MeetingKind kind(String route) {
    if (route == null) {
      return MeetingKind.CONFERENCE;
    }
    return switch (route) {
      case "PANEL" -> MeetingKind.PANEL;
      case "MEDIATION" -> MeetingKind.MEDIATION;
      default -> MeetingKind.CONFERENCE;
    };
  }

  /** The form's date and time with its UTC offset; without one it is UK time. */
  static Instant instant(String meetingAt) {
    try {
      return OffsetDateTime.parse(meetingAt).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(meetingAt).atZone(UK).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "meetingAt should be a date and time like 2026-03-27T10:00+00:00", e);
      }
    }
  }
}
