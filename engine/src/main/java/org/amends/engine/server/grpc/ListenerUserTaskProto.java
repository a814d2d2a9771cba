package org.amends.engine.server.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass;
import org.amends.engine.api.ListenerUserTask;

/** A task listener's job's {@code userTask} in the gateway protocol's shape (proto3: an absent value is left unset). */
final class ListenerUserTaskProto {

  private ListenerUserTaskProto() {}

  static GatewayOuterClass.UserTaskProperties of(ListenerUserTask task) {
    GatewayOuterClass.UserTaskProperties.Builder proto = GatewayOuterClass.UserTaskProperties.newBuilder()
        .addAllCandidateGroups(task.candidateGroups())
        .addAllCandidateUsers(task.candidateUsers())
        .addAllChangedAttributes(task.changedAttributes());
    if (task.action() != null) {
      proto.setAction(task.action());
    }
    if (task.assignee() != null) {
      proto.setAssignee(task.assignee());
    }
    if (task.dueDate() != null) {
      proto.setDueDate(task.dueDate());
    }
    if (task.followUpDate() != null) {
      proto.setFollowUpDate(task.followUpDate());
    }
    if (task.formKey() != null) {
      proto.setFormKey(Long.parseLong(task.formKey()));
    }
    if (task.priority() != null) {
      proto.setPriority(task.priority());
    }
    if (task.userTaskKey() != null) {
      proto.setUserTaskKey(Long.parseLong(task.userTaskKey()));
    }
    return proto.build();
  }
}
