package org.amends.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A task listener's activated job carries its user task, read from the reserved headers. */
class ListenerUserTaskTest {

  @Test
  void shouldReadTheUserTaskOfATaskListenersJobFromItsHeaders() {
    ListenerUserTask task = ListenerUserTask.of("TASK_LISTENER", Map.of(
        "io.camunda.zeebe:action", "assign",
        "io.camunda.zeebe:assignee", "amira",
        "io.camunda.zeebe:candidateGroups", "[\"coordinators\"]",
        "io.camunda.zeebe:candidateUsers", "[]",
        "io.camunda.zeebe:changedAttributes", "[\"assignee\"]",
        "io.camunda.zeebe:dueDate", "2026-01-12T09:00Z",
        "io.camunda.zeebe:priority", "50",
        "io.camunda.zeebe:userTaskKey", "2251799813685260",
        "region", "north"));

    assertThat(task.action()).isEqualTo("assign");
    assertThat(task.assignee()).isEqualTo("amira");
    assertThat(task.candidateGroups()).containsExactly("coordinators");
    assertThat(task.candidateUsers()).isEmpty();
    assertThat(task.changedAttributes()).containsExactly("assignee");
    assertThat(task.dueDate()).isEqualTo("2026-01-12T09:00Z");
    assertThat(task.followUpDate()).isNull();
    assertThat(task.formKey()).isNull();
    assertThat(task.priority()).isEqualTo(50);
    assertThat(task.userTaskKey()).isEqualTo("2251799813685260");
  }

  @Test
  void shouldGiveNoUserTaskToOtherJobs() {
    assertThat(ListenerUserTask.of("BPMN_ELEMENT", Map.of("io.camunda.zeebe:userTaskKey", "1"))).isNull();
    assertThat(ListenerUserTask.of("EXECUTION_LISTENER", Map.of())).isNull();
  }
}
