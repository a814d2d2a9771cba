package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.UserTaskProperties;
import org.amends.engine.api.ListenerUserTask;

/** A task listener's job's {@code userTask} in the REST API's shape. */
final class ListenerUserTaskJson {

  private ListenerUserTaskJson() {}

  /** The task's properties; null when the job is not a task listener's (no task). */
  static UserTaskProperties of(ListenerUserTask task) {
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
