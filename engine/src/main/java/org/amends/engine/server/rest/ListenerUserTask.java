package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.UserTaskProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amends.engine.state.Json;

/**
 * The user task a task listener's job is about, as the 8.8 API hands it to the worker
 * ({@code userTask} of an activated job): read from the reserved {@code io.camunda.zeebe:*}
 * headers the engine gives such jobs, which stay in the custom headers as they do in Zeebe.
 */
final class ListenerUserTask {

  private static final String PREFIX = "io.camunda.zeebe:";

  private ListenerUserTask() {}

  /** The task's properties for a task listener's job; null for any other job. */
  static UserTaskProperties of(String kind, Map<String, String> headers) {
    if (!"TASK_LISTENER".equals(kind) || headers == null) {
      return null;
    }
    String priority = headers.get(PREFIX + "priority");
    return new UserTaskProperties()
        .action(headers.get(PREFIX + "action"))
        .assignee(headers.get(PREFIX + "assignee"))
        .dueDate(headers.get(PREFIX + "dueDate"))
        .followUpDate(headers.get(PREFIX + "followUpDate"))
        .formKey(headers.get(PREFIX + "formKey"))
        .priority(priority == null ? null : Integer.valueOf(priority))
        .userTaskKey(headers.get(PREFIX + "userTaskKey"))
        .candidateGroups(list(headers.get(PREFIX + "candidateGroups")))
        .candidateUsers(list(headers.get(PREFIX + "candidateUsers")))
        .changedAttributes(list(headers.get(PREFIX + "changedAttributes")));
  }

  private static List<String> list(String json) {
    List<String> values = new ArrayList<>();
    if (json != null && Json.parseValue(json) instanceof List<?> items) {
      items.forEach(item -> values.add(String.valueOf(item)));
    }
    return values;
  }
}
