package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.filter.builder.StringProperty;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class UserTaskApiTest extends ApiTestSupport {

  private static UserTask taskOf(long processInstanceKey) {
    return client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
        .send().join().items().get(0);
  }

  @Test
  void shouldFindCreatedUserTask() {
    // given
    String processId = uniqueId("Process_UserTask");
    deploy(userTaskProcess(processId));
    long instance = start(processId).getProcessInstanceKey();

    // when
    var found = client.newUserTaskSearchRequest()
        .filter(f -> f.elementId("UserTask_Review").processInstanceKey(instance).state(UserTaskState.CREATED))
        .sort(s -> s.creationDate().asc())
        .send().join();

    // then
    assertThat(found.items()).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("Review the case");
      assertThat(task.getState()).isEqualTo(UserTaskState.CREATED);
      assertThat(task.getBpmnProcessId()).isEqualTo(processId);
      assertThat(task.getCreationDate()).isNotNull();
      assertThat(task.getPriority()).isEqualTo(50);
    });
    UserTask task = found.items().get(0);
    assertThat(client.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getElementId())
        .isEqualTo("UserTask_Review");
  }

  @Test
  void shouldAssignAndUnassign() {
    // given
    String processId = uniqueId("Process_Assign");
    deploy(userTaskProcess(processId));
    long key = taskOf(start(processId).getProcessInstanceKey()).getUserTaskKey();

    // when
    client.newAssignUserTaskCommand(key).assignee("amira").send().join();

    // then
    assertThat(client.newUserTaskGetRequest(key).send().join().getAssignee()).isEqualTo("amira");
    assertThat(client.newUserTaskSearchRequest().filter(f -> f.assignee("amira").userTaskKey(key)).send().join().items())
        .hasSize(1);

    // when
    client.newUnassignUserTaskCommand(key).send().join();

    // then
    assertThat(client.newUserTaskGetRequest(key).send().join().getAssignee()).isNull();
  }

  @Test
  void shouldRefuseReassignmentWithoutOverride() {
    // given
    String processId = uniqueId("Process_NoOverride");
    deploy(userTaskProcess(processId));
    long key = taskOf(start(processId).getProcessInstanceKey()).getUserTaskKey();
    client.newAssignUserTaskCommand(key).assignee("amira").send().join();

    // when
    Refusal problem = problemOf(() ->
        client.newAssignUserTaskCommand(key).assignee("ben").allowOverride(false).send().join());

    // then
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.INVALID_STATE);
  }

  @Test
  void shouldUpdateDatesCandidatesAndPriority() {
    // given
    String processId = uniqueId("Process_UpdateTask");
    deploy(userTaskProcess(processId));
    long key = taskOf(start(processId).getProcessInstanceKey()).getUserTaskKey();
    OffsetDateTime due = OffsetDateTime.of(2026, 3, 1, 17, 0, 0, 0, ZoneOffset.UTC);

    // when
    client.newUpdateUserTaskCommand(key).dueDate(due.toString()).followUpDate("2026-02-20T09:00:00Z")
        .candidateGroups("coordinators").candidateUsers(List.of("amira")).priority(80).send().join();

    // then
    UserTask task = client.newUserTaskGetRequest(key).send().join();
    assertThat(OffsetDateTime.parse(task.getDueDate().toString()).toInstant()).isEqualTo(due.toInstant());
    assertThat(task.getCandidateGroups()).containsExactly("coordinators");
    assertThat(task.getCandidateUsers()).containsExactly("amira");
    assertThat(task.getPriority()).isEqualTo(80);
    assertThat(client.newUserTaskSearchRequest().filter(f -> f.candidateGroup("coordinators").userTaskKey(key))
        .send().join().items()).hasSize(1);
    assertThat(client.newUserTaskSearchRequest().filter(f -> f.priority(p -> p.gte(75)).userTaskKey(key))
        .send().join().items()).hasSize(1);

    // when
    client.newUpdateUserTaskCommand(key).clearDueDate().send().join();

    // then
    assertThat(client.newUserTaskGetRequest(key).send().join().getDueDate()).isNull();
  }

  @Test
  void shouldFilterByCandidateGroupWithEachOperator() {
    // given a task for two groups
    String processId = uniqueId("Process_Groups");
    deploy(userTaskProcess(processId));
    long key = taskOf(start(processId).getProcessInstanceKey()).getUserTaskKey();
    client.newUpdateUserTaskCommand(key).candidateGroups("coordinators", "managers").send().join();

    // then equals and "in" (asked as containment) and the other operators (element by element) agree
    assertThat(groupSearch(key, g -> g.eq("managers"))).isEqualTo(1);
    assertThat(groupSearch(key, g -> g.eq("manager"))).isZero();
    assertThat(groupSearch(key, g -> g.in("facilitators", "coordinators"))).isEqualTo(1);
    assertThat(groupSearch(key, g -> g.in("facilitators", "partners"))).isZero();
    assertThat(groupSearch(key, g -> g.like("coord*"))).isEqualTo(1);
    assertThat(groupSearch(key, g -> g.neq("managers"))).isEqualTo(1);
    assertThat(groupSearch(key, g -> g.in("managers").neq("managers"))).isZero();
  }

  @Test
  void shouldCountTheTasklistTabsByStateAssigneeAndGroups() {
    // given four tasks of two groups (one of them in both) of this test's own
    String processId = uniqueId("Process_Tabs");
    String ours = uniqueId("caseworkers");
    String theirs = uniqueId("reviewers");
    deploy(userTaskProcess(processId));
    long[] keys = new long[4];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = taskOf(start(processId).getProcessInstanceKey()).getUserTaskKey();
    }
    client.newUpdateUserTaskCommand(keys[0]).candidateGroups(ours).send().join();
    client.newUpdateUserTaskCommand(keys[1]).candidateGroups(ours).send().join();
    client.newUpdateUserTaskCommand(keys[2]).candidateGroups(ours, theirs).send().join();
    client.newUpdateUserTaskCommand(keys[3]).candidateGroups(theirs).send().join();
    String me = uniqueId("amira");
    client.newAssignUserTaskCommand(keys[1]).assignee(me).send().join();
    client.newAssignUserTaskCommand(keys[3]).assignee(me).send().join();
    client.newCompleteUserTaskCommand(keys[3]).send().join();

    // then each tab's count, as the tasklist asks it, follows assignments, group changes and completion
    assertThat(tabCount(f -> f.state(UserTaskState.CREATED).assignee(me))).isEqualTo(1);
    assertThat(tabCount(f -> f.state(UserTaskState.CREATED).assignee(a -> a.exists(false))
        .candidateGroup(g -> g.in(ours)))).isEqualTo(2);
    assertThat(tabCount(f -> f.state(UserTaskState.CREATED).candidateGroup(g -> g.in(ours)))).isEqualTo(3);
    // a task of both groups is counted once
    assertThat(tabCount(f -> f.state(UserTaskState.CREATED).candidateGroup(g -> g.in(ours, theirs)))).isEqualTo(3);
    assertThat(tabCount(f -> f.state(UserTaskState.COMPLETED).candidateGroup(g -> g.in(ours, theirs)))).isEqualTo(1);
    assertThat(tabCount(f -> f.state(UserTaskState.COMPLETED).candidateGroup(g -> g.in(ours)))).isZero();

    // when a task is unassigned and moved to the other group only
    client.newUnassignUserTaskCommand(keys[1]).send().join();
    client.newUpdateUserTaskCommand(keys[0]).candidateGroups(theirs).send().join();

    // then
    assertThat(tabCount(f -> f.state(UserTaskState.CREATED).assignee(me))).isZero();
    assertThat(tabCount(f -> f.state(UserTaskState.CREATED).assignee(a -> a.exists(false))
        .candidateGroup(g -> g.in(ours)))).isEqualTo(2);
    assertThat(tabCount(f -> f.state(UserTaskState.CREATED).candidateGroup(g -> g.eq(theirs)))).isEqualTo(2);
    assertThat(client.newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED).candidateGroup(g -> g.in(ours)))
        .sort(s -> s.creationDate().asc()).send().join().items())
        .extracting(UserTask::getUserTaskKey).containsExactly(keys[1], keys[2]);
  }

  private static long tabCount(Consumer<UserTaskFilter> filter) {
    return client.newUserTaskSearchRequest().filter(filter).page(p -> p.limit(1)).send().join().page().totalItems();
  }

  private long groupSearch(long key, Consumer<StringProperty> group) {
    return client.newUserTaskSearchRequest().filter(f -> f.userTaskKey(key).candidateGroup(group))
        .send().join().page().totalItems();
  }

  @Test
  void shouldRejectPriorityOutOfRange() {
    // given
    String processId = uniqueId("Process_Priority");
    deploy(userTaskProcess(processId));
    long key = taskOf(start(processId).getProcessInstanceKey()).getUserTaskKey();

    // when
    Refusal problem = problemOf(() -> client.newUpdateUserTaskCommand(key).priority(101).send().join());

    // then
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
  }

  @Test
  void shouldCompleteWithVariables() {
    // given
    String processId = uniqueId("Process_CompleteTask");
    deploy(userTaskProcess(processId));
    long instance = start(processId).getProcessInstanceKey();
    long key = taskOf(instance).getUserTaskKey();

    // when
    client.newCompleteUserTaskCommand(key).variables(Map.of("approved", true)).send().join();

    // then
    assertThat(client.newUserTaskGetRequest(key).send().join().getState()).isEqualTo(UserTaskState.COMPLETED);
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
    Refusal again = problemOf(() -> client.newCompleteUserTaskCommand(key).send().join());
    assertThat(again.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
  }

  @Test
  void shouldSearchVariablesVisibleToTask() {
    // given
    String processId = uniqueId("Process_TaskVariables");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .userTask("UserTask_Review", t -> t.zeebeUserTask().zeebeInputExpression("\"local\"", "scope"))
        .endEvent().done());
    long instance = start(processId, Map.of("caseId", "C-9", "scope", "global")).getProcessInstanceKey();
    long key = taskOf(instance).getUserTaskKey();

    // when
    List<Variable> variables = client.newUserTaskVariableSearchRequest(key).send().join().items();

    // then
    assertThat(variables).extracting(Variable::getName, Variable::getValue)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("caseId", "\"C-9\""),
            org.assertj.core.groups.Tuple.tuple("scope", "\"local\""));
  }

  @Test
  void shouldServeLinkedForm() {
    // given
    client.newDeployResourceCommand().addResourceBytes(resource("contact.form"), "contact.form").send().join();
    String processId = uniqueId("Process_Form");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .userTask("UserTask_Contact", t -> t.zeebeUserTask().zeebeFormId("Form_Contact")).endEvent().done());
    long key = taskOf(start(processId).getProcessInstanceKey()).getUserTaskKey();

    // when
    var form = client.newUserTaskGetFormRequest(key).send().join();

    // then
    assertThat(form.getFormId()).isEqualTo("Form_Contact");
    assertThat(String.valueOf(form.getSchema())).contains("contactMethod");
  }

  @Test
  void shouldFilterByProcessInstanceVariables() {
    // given
    String processId = uniqueId("Process_TaskByVariable");
    deploy(userTaskProcess(processId));
    long wanted = start(processId, Map.of("caseId", "C-21")).getProcessInstanceKey();
    start(processId, Map.of("caseId", "C-22"));

    // when
    var found = client.newUserTaskSearchRequest()
        .filter(f -> f.bpmnProcessId(processId).processInstanceVariables(Map.of("caseId", "\"C-21\"")))
        .send().join();

    // then
    assertThat(found.items()).extracting(UserTask::getProcessInstanceKey).containsExactly(wanted);
  }
}
