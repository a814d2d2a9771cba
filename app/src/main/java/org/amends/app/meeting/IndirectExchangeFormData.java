package org.amends.app.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.amends.app.taskform.AnsweredTask;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Component;

/**
 * The record-indirect-exchange form: each exchange passed on is recorded on the case as an
 * indirect exchange on its day, as a conference is when it is arranged, so that the report counts
 * it among the meetings and exchanges held. The summary still becomes a case note; the process
 * gets what it got before.
 */
@Component
class IndirectExchangeFormData implements TaskFormData {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final MeetingService meetings;

  IndirectExchangeFormData(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public String formId() {
    return "record-indirect-exchange";
  }

  @Override
  public Map<String, Object> keep(AnsweredTask task, Map<String, Object> answers) {
    LocalDate on = LocalDate.parse(String.valueOf(answers.get("exchangeDate")));
    meetings.schedule(Meeting.scheduled(task.caseId(), MeetingKind.INDIRECT_EXCHANGE, null,
        on.atStartOfDay(UK).toInstant(), null, task.requestKey()));
    return Map.of();
  }
}
