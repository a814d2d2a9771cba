package org.amends.engine.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amends.engine.state.Json;

/**
 * The user task a task listener's job is about, as Zeebe 8.8 hands it to the worker with the
 * activated job ({@code userTask}, over gRPC and REST alike): read from the reserved
 * {@code io.camunda.zeebe:*} headers the engine gives such jobs, which stay in the custom headers
 * as they do in Zeebe. A value the headers lack is null (the lists: empty).
 */
public record ListenerUserTask(
    String action,
    String assignee,
    String dueDate,
    String followUpDate,
    String formKey,
    Integer priority,
    String userTaskKey,
    List<String> candidateGroups,
    List<String> candidateUsers,
    List<String> changedAttributes) {

  private static final String PREFIX = "io.camunda.zeebe:";

  /** The task of a task listener's job; null for any other job. */
  public static ListenerUserTask of(String kind, Map<String, String> headers) {
    if (!"TASK_LISTENER".equals(kind) || headers == null) {
      return null;
    }
    String priority = headers.get(PREFIX + "priority");
    return new ListenerUserTask(
        headers.get(PREFIX + "action"),
        headers.get(PREFIX + "assignee"),
        headers.get(PREFIX + "dueDate"),
        headers.get(PREFIX + "followUpDate"),
        headers.get(PREFIX + "formKey"),
        priority == null ? null : Integer.valueOf(priority),
        headers.get(PREFIX + "userTaskKey"),
        list(headers.get(PREFIX + "candidateGroups")),
        list(headers.get(PREFIX + "candidateUsers")),
        list(headers.get(PREFIX + "changedAttributes")));
  }

  private static List<String> list(String json) {
    List<String> values = new ArrayList<>();
    if (json != null && Json.parseValue(json) instanceof List<?> items) {
      items.forEach(item -> values.add(String.valueOf(item)));
    }
    return values;
  }
}
