package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.UserTaskProperties;
import java.util.Map;

/** A task listener's job's {@code userTask} in the REST API's shape (see the engine's {@code ListenerUserTask}). */
final class ListenerUserTask {

  private ListenerUserTask() {}

  /** The task's properties for a task listener's job; null for any other job. */
  static UserTaskProperties of(String kind, Map<String, String> headers) {
    org.amends.engine.api.ListenerUserTask task = org.amends.engine.api.ListenerUserTask.of(kind, headers);
    if (task == null) {
      return null;
    }
    return new UserTaskProperties()
        .action(task.action())
        .assignee(task.assignee())
        .dueDate(task.dueDate())
        .followUpDate(task.followUpDate())
        .formKey(task.formKey())
        .priority(task.priority())
        .userTaskKey(task.userTaskKey())
        .candidateGroups(task.candidateGroups())
        .candidateUsers(task.candidateUsers())
        .changedAttributes(task.changedAttributes());
  }
}
