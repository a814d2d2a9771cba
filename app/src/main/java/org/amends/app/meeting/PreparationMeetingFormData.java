package org.amends.app.meeting;

import java.util.Map;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.RiskLevel;
import org.amends.app.taskform.AnsweredTask;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Component;

/**
 * The record-preparation-meeting form (one task per party): the meeting is recorded on the case
 * with the party, its time and the updated risk, so that the case and the report's funnel know the
 * party was prepared. The attendees and notes still become a case note; the process gets what it
 * got before.
 */
@Component
class PreparationMeetingFormData implements TaskFormData {

  private final MeetingService meetings;
  private final CaseService cases;

  PreparationMeetingFormData(MeetingService meetings, CaseService cases) {
    this.meetings = meetings;
    this.cases = cases;
  }

  @Override
  public String formId() {
    return "record-preparation-meeting";
  }

  @Override
  public Map<String, Object> keep(AnsweredTask task, Map<String, Object> answers) {
    Party party = cases.partyOfTask(task.caseId(), task.variables().get("partyId"));
    Meeting held = meetings.schedule(Meeting.scheduled(task.caseId(), MeetingKind.PREPARATION, party.id(),
        MeetingWorkers.instant(String.valueOf(answers.get("preparationMeetingAt"))), null, task.requestKey()));
    Object risk = answers.get("updatedRisk");
    if (risk != null) {
      meetings.recordOutcome(held.id(), null, null, RiskLevel.valueOf(risk.toString()));
    }
    return Map.of();
  }
}
