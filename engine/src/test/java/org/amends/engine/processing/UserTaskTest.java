package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.UserTaskChanges;
import org.amends.engine.state.UserTask;
import org.junit.jupiter.api.Test;

class UserTaskTest extends EngineTestSupport {

  private static final String FORM = """
      {"id": "assess-risk", "type": "default", "components": [
        {"key": "riskLevel", "label": "Risk of further harm", "type": "select", "validate": {"required": true}}]}
      """;

  private static BpmnModelInstance assessRisk() {
    return Bpmn.createExecutableProcess("assess")
        .startEvent()
        .userTask("UserTask_AssessRisk", t -> t
            .name("Assess risk")
            .zeebeUserTask()
            .zeebeAssigneeExpression("coordinator")
            .zeebeCandidateGroups("coordinators, managers")
            .zeebeCandidateUsersExpression("[\"amira\", \"ben\"]")
            .zeebeDueDateExpression("date and time(\"2026-01-12T17:00:00Z\")")
            .zeebeFollowUpDate("2026-01-08T09:00:00Z")
            .zeebeTaskPriorityExpression("if urgent then 80 else 50")
            .zeebeFormId("assess-risk"))
        .endEvent()
        .done();
  }

  @Test
  void shouldCreateUserTaskWithAssignmentScheduleAndForm() {
    deployResource("assess-risk.form", FORM);
    deploy(assessRisk());

    long instance = start("assess", Map.of("coordinator", "amira", "urgent", true));

    assertThat(userTasks(instance)).singleElement().satisfies(task -> {
      assertThat(task.name).isEqualTo("Assess risk");
      assertThat(task.assignee).isEqualTo("amira");
      assertThat(task.candidateGroups).containsExactly("coordinators", "managers");
      assertThat(task.candidateUsers).containsExactly("amira", "ben");
      assertThat(task.dueDate).isEqualTo(OffsetDateTime.parse("2026-01-12T17:00:00Z"));
      assertThat(task.followUpDate).isEqualTo(OffsetDateTime.parse("2026-01-08T09:00:00Z"));
      assertThat(task.priority).isEqualTo(80);
      assertThat(task.formKey).isPositive();
      assertThat(task.state).isEqualTo(UserTask.State.CREATED);
    });
  }

  @Test
  void shouldRaiseIncidentWhenLinkedFormIsNotDeployed() {
    deploy(assessRisk());

    long instance = start("assess", Map.of("coordinator", "amira", "urgent", false));

    assertThat(incidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType).isEqualTo("FORM_NOT_FOUND");
      assertThat(incident.errorMessage).contains("'assess-risk'");
    });
  }

  @Test
  void shouldAssignUnassignUpdateAndComplete() {
    // given
    deployResource("assess-risk.form", FORM);
    deploy(assessRisk());
    long instance = start("assess", Map.of("coordinator", "amira", "urgent", false));
    long task = userTasks(instance).get(0).key;

    // when / then: assignment with and without override
    assertThatThrownBy(() -> engine.assignUserTask(task, "ben", false))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.INVALID_STATE));
    engine.assignUserTask(task, "ben", true);
    assertThat(userTasks(instance).get(0).assignee).isEqualTo("ben");
    engine.unassignUserTask(task);
    assertThat(userTasks(instance).get(0).assignee).isNull();

    engine.updateUserTask(task, new UserTaskChanges(
        OffsetDateTime.parse("2026-02-01T12:00:00Z"), false, null, true, List.of("facilitators"), null, 90));
    UserTask updated = userTasks(instance).get(0);
    assertThat(updated.dueDate).isEqualTo(OffsetDateTime.parse("2026-02-01T12:00:00Z"));
    assertThat(updated.followUpDate).isNull();
    assertThat(updated.candidateGroups).containsExactly("facilitators");
    assertThat(updated.priority).isEqualTo(90);

    engine.completeUserTask(task, Map.of("riskLevel", "medium"));
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(variable(instance, "riskLevel")).isEqualTo("medium");
    assertThatThrownBy(() -> engine.completeUserTask(task, Map.of()))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.NOT_FOUND));
  }

  @Test
  void shouldCancelUserTaskWhenProcessInstanceIsCancelled() {
    deployResource("assess-risk.form", FORM);
    deploy(assessRisk());
    long instance = start("assess", Map.of("coordinator", "amira", "urgent", false));
    long task = userTasks(instance).get(0).key;

    engine.cancelProcessInstance(instance);

    assertThat(processInstanceState(instance)).isEqualTo("TERMINATED");
    assertThat(query("select state from engine.user_task where key = ?", task)).containsExactly("CANCELED");
  }

  @Test
  void shouldRaiseIncidentWhenAssigneeExpressionIsNotAString() {
    // given
    deploy(Bpmn.createExecutableProcess("assignByNumber")
        .startEvent()
        .userTask("UserTask_Review", t -> t.zeebeUserTask().zeebeAssigneeExpression("facilitatorId"))
        .endEvent()
        .done());

    // when
    long instance = start("assignByNumber", Map.of("facilitatorId", 42));

    // then
    assertThat(userTasks(instance)).isEmpty();
    assertThat(incidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType).isEqualTo("EXTRACT_VALUE_ERROR");
      assertThat(incident.errorMessage)
          .isEqualTo("Expected result of the expression 'facilitatorId' to be 'STRING', but was 'NUMBER'.");
    });
  }

  @Test
  void shouldRaiseIncidentWhenCandidateGroupsExpressionIsNotAList() {
    // given
    deploy(Bpmn.createExecutableProcess("candidatesByText")
        .startEvent()
        .userTask("UserTask_Review", t -> t.zeebeUserTask().zeebeCandidateGroupsExpression("team"))
        .endEvent()
        .done());

    // when
    long instance = start("candidatesByText", Map.of("team", "coordinators"));

    // then
    assertThat(userTasks(instance)).isEmpty();
    assertThat(incidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType).isEqualTo("EXTRACT_VALUE_ERROR");
      assertThat(incident.errorMessage)
          .isEqualTo("Expected result of the expression 'team' to be 'ARRAY', but was 'STRING'.");
    });
  }

  @Test
  void shouldRaiseIncidentWhenCandidateUsersExpressionHoldsANonString() {
    // given
    deploy(Bpmn.createExecutableProcess("candidatesByNumbers")
        .startEvent()
        .userTask("UserTask_Review", t -> t.zeebeUserTask().zeebeCandidateUsersExpression("[\"amira\", 7]"))
        .endEvent()
        .done());

    // when
    long instance = start("candidatesByNumbers");

    // then
    assertThat(userTasks(instance)).isEmpty();
    assertThat(incidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType).isEqualTo("EXTRACT_VALUE_ERROR");
      assertThat(incident.errorMessage).isEqualTo("Expected result of the expression '[\"amira\", 7]' to be 'ARRAY'"
          + " containing 'STRING' items, but was 'ARRAY' containing at least one non-'STRING' item.");
    });
  }

  @Test
  void shouldRejectPriorityOutsideRange() {
    deployResource("assess-risk.form", FORM);
    deploy(assessRisk());
    long instance = start("assess", Map.of("coordinator", "amira", "urgent", false));

    assertThatThrownBy(() -> engine.updateUserTask(userTasks(instance).get(0).key,
        new UserTaskChanges(null, false, null, false, null, null, 101)))
        .hasMessageContaining("[0,100]");
  }
}
