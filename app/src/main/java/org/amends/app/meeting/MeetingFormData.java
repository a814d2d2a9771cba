package org.amends.app.meeting;

import java.util.Map;
import java.util.Set;
import org.amends.app.taskform.AnsweredTask;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Component;

/**
 * The arrange-meeting form: the meeting is scheduled in Amends with its venue, and the process
 * gets its id ({@code meetingId}) beside the time its reminder timer needs ({@code meetingAt}).
 */
@Component
class MeetingFormData implements TaskFormData {

  private final MeetingService meetings;

  MeetingFormData(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public String formId() {
    return "arrange-meeting";
  }

  @Override
  public Set<String> keeps() {
    return Set.of("venue");
  }

  @Override
  public Map<String, Object> keep(AnsweredTask task, Map<String, Object> answers) {
    Object route = task.variables().get("route");
    Meeting meeting = meetings.schedule(Meeting.scheduled(task.caseId(),
        MeetingWorkers.kind(route == null ? null : route.toString()), null,
        MeetingWorkers.instant(String.valueOf(answers.get("meetingAt"))), (String) answers.get("venue"),
        task.requestKey()));
    return Map.of("meetingId", meeting.id());
  }
}
