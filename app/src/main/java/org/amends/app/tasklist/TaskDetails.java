package org.amends.app.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Form;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ProcessIds;
import org.amends.app.security.CurrentStaff;
import org.amends.app.tasklist.TaskPage.VariableLine;
import org.springframework.stereotype.Service;

/** Loads a task for its page: the task, its form and its variables, through the Camunda client. */
@Service
class TaskDetails {

  private final CamundaClient camunda;
  private final CaseService cases;
  private final CurrentStaff staff;
  private final TaskAccess access;
  private final ObjectMapper json;
  private final Clock clock;

  TaskDetails(CamundaClient camunda, CaseService cases, CurrentStaff staff, TaskAccess access,
      ObjectMapper json, Clock clock) {
    this.camunda = camunda;
    this.cases = cases;
    this.staff = staff;
    this.access = access;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The task, or empty when the engine does not know it; refused ({@link TaskAccess#check}) when
   * it is not the signed-in member of staff's to {@code doing} ("open", "complete").
   */
  Optional<TaskPage> load(long key, String doing) {
    return TaskPageController.findTask(camunda, key).map(task -> page(task, doing));
  }

  private TaskPage page(UserTask task, String doing) {
    long key = task.getUserTaskKey();
    Map<String, Object> variables = new LinkedHashMap<>();
    List<VariableLine> lines = new ArrayList<>();
    List<Variable> found = camunda.newUserTaskVariableSearchRequest(key)
        .page(p -> p.limit(1000))
        .send().join().items();
    for (Variable variable : found) {
      // a truncated preview is not the value: fetch the whole variable
      String value = Boolean.TRUE.equals(variable.isTruncated())
          ? camunda.newVariableGetRequest(variable.getVariableKey()).send().join().getValue()
          : variable.getValue();
      variables.put(variable.getName(), parse(value));
      lines.add(new VariableLine(variable.getName(), value));
    }
    lines.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
    Long caseId = variables.get("caseId") == null ? null : ProcessIds.id("caseId", variables.get("caseId"));
    access.check(task, caseId, doing);
    String reference = caseId == null ? null : cases.get(caseId).reference();
    String assignee = task.getAssignee();
    DueWording.Due due = DueWording.describe(task.getDueDate(), LocalDate.now(clock.withZone(DueWording.ZONE)));
    return new TaskPage(
        key,
        task.getName(),
        task.getState() == UserTaskState.CREATED,
        assignee,
        assignee == null ? null : staff.displayName(assignee),
        assignee != null && assignee.equals(staff.username()),
        due.text(),
        due.overdue(),
        task.getFormKey() == null ? null : schema(key),
        variables,
        lines,
        caseId,
        reference);
  }

  /** A linked form that cannot be read fails the page: completing without it would lose decisions. */
  private String schema(long key) {
    Form form = camunda.newUserTaskGetFormRequest(key).send().join();
    return form == null ? null : FormSchema.of(form.getSchema(), json).json();
  }

  private Object parse(String value) {
    try {
      return value == null ? null : json.readValue(value, Object.class);
    } catch (JsonProcessingException e) {
      return value;
    }
  }
}
