package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.TaskListenerBuilder;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Variables set on a user task's element instance update the task, as in Zeebe 8.8: the task goes
 * through UPDATING with {@code variables} changed, its updating listeners see the new values and
 * may deny the update, and the variables are set locally on the task's element instance, whether
 * the call asked for local variables or not.
 */
class UserTaskVariableUpdateApiTest extends UserTaskListenerTestSupport {

  private record Started(String listener, long instance, long taskKey, long elementInstanceKey) {}

  /** An instance waiting in a Camunda user task with one listener on the event, with approval PENDING. */
  private static Started startWithListener(String processName, UnaryOperator<TaskListenerBuilder> event) {
    String processId = uniqueId(processName);
    String listener = "listener-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .userTask("UserTask_Approve", t -> t.zeebeUserTask().zeebeTaskListener(l -> event.apply(l).type(listener)))
        .endEvent().done());
    long instance = start(processId, Map.of("approval", "PENDING", "caseRef", "R-1")).getProcessInstanceKey();
    var task = taskOf(instance);
    return new Started(listener, instance, task.getUserTaskKey(), task.getElementInstanceKey());
  }

  private static Map<Long, String> approvalByScope(long instance) {
    return variables(instance, "approval").stream()
        .collect(java.util.stream.Collectors.toMap(Variable::getScopeKey, Variable::getValue));
  }

  @Test
  void shouldRunTheUpdatingListenersWhenVariablesAreSetOnTheTasksElementInstance() {
    // given
    Started started = startWithListener("Process_VariablesUpdating", TaskListenerBuilder::updating);

    // when variables are set on the task's element instance, not locally
    var update = stillWaiting(client.newSetVariablesCommand(started.elementInstanceKey())
        .variables(Map.of("approval", "APPROVED")).local(false).send().toCompletableFuture());
    ActivatedJob job = job(started.listener());

    // then the task is being updated, the listener is told what changed and sees the new value
    assertThat(taskOf(started.instance()).getState()).isEqualTo(UserTaskState.UPDATING);
    assertThat(job.getListenerEventType()).isEqualTo(ListenerEventType.UPDATING);
    assertThat(job.getCustomHeaders())
        .containsEntry("io.camunda.zeebe:changedAttributes", "[\"variables\"]")
        .containsEntry("io.camunda.zeebe:userTaskKey", Long.toString(started.taskKey()));
    assertThat(job.getVariablesAsMap()).containsEntry("approval", "APPROVED").containsEntry("caseRef", "R-1");
    assertThat(approvalByScope(started.instance())).containsOnlyKeys(started.instance());

    // when the listener is done
    client.newCompleteCommand(job.getKey()).send().join();

    // then the call is answered and the variable is set on the task's element instance only
    update.join();
    assertThat(taskOf(started.instance()).getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(approvalByScope(started.instance())).isEqualTo(Map.of(
        started.instance(), "\"PENDING\"", started.elementInstanceKey(), "\"APPROVED\""));
  }

  @Test
  void shouldRefuseTheVariableUpdateWhenAnUpdatingListenerDeniesIt() {
    // given
    Started started = startWithListener("Process_VariablesDenied", TaskListenerBuilder::updating);
    var update = stillWaiting(client.newSetVariablesCommand(started.elementInstanceKey())
        .variables(Map.of("approval", "APPROVED")).local(true).send().toCompletableFuture());

    // when
    client.newCompleteCommand(job(started.listener()).getKey())
        .withResult(r -> r.forUserTask().deny(true, "approver is not a manager")).send().join();

    // then the update is refused with Zeebe's message and nothing was set
    Refusal refusal = problemOf(update::join);
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_STATE);
    assertThat(refusal.message()).contains("Variable update for user task instance with key '" + started.elementInstanceKey()
        + "' was denied by Task Listener. Reason to deny: 'approver is not a manager'");
    assertThat(taskOf(started.instance()).getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(approvalByScope(started.instance())).isEqualTo(Map.of(started.instance(), "\"PENDING\""));
  }

  @Test
  void shouldRefuseAVariableUpdateWhileAnotherTransitionsListenersRun() {
    // given a completion waiting for its completing listener
    Started started = startWithListener("Process_VariablesBusy", TaskListenerBuilder::completing);
    stillWaiting(client.newCompleteUserTaskCommand(started.taskKey()).send().toCompletableFuture());

    // when
    Refusal refusal = problemOf(() -> client.newSetVariablesCommand(started.elementInstanceKey())
        .variables(Map.of("approval", "APPROVED")).send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_STATE);
    assertThat(refusal.message()).contains("Expected to trigger update transition for user task with key '"
        + started.taskKey() + "', but it is in state 'COMPLETING'");
    client.newCompleteCommand(job(started.listener()).getKey()).send().join();
  }

  @Test
  void shouldSetTheVariablesLocallyOnATaskWithoutUpdatingListeners() {
    // given a task whose only listener is on another event
    Started started = startWithListener("Process_VariablesNoListener", TaskListenerBuilder::completing);

    // when
    client.newSetVariablesCommand(started.elementInstanceKey()).variables(Map.of("approval", "APPROVED"))
        .local(false).send().join();

    // then
    assertThat(taskOf(started.instance()).getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(approvalByScope(started.instance())).isEqualTo(Map.of(
        started.instance(), "\"PENDING\"", started.elementInstanceKey(), "\"APPROVED\""));
  }
}
