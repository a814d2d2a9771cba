package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What waits for a user task's canceling listeners when the task is terminated, as in Zeebe 8.8:
 * the interrupting boundary event that ended the task, and a call activity whose called instance
 * holds the task.
 */
class TaskListenerTerminationApiTest extends UserTaskListenerTestSupport {

  /** A called process whose user task has a canceling listener of the given type. */
  private static void deployCalledProcess(String processId, String listener) {
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .userTask("UserTask_Contact", t -> t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type(listener)))
        .endEvent().done());
  }

  private static long calledInstanceOf(long parent) {
    return client.newProcessInstanceSearchRequest().filter(f -> f.parentProcessInstanceKey(parent)).send().join()
        .items().get(0).getProcessInstanceKey();
  }

  private static void withdraw(String processId) {
    client.newPublishMessageCommand().messageName("withdrawn").correlationKey("C-" + processId).send().join();
  }

  @Test
  void shouldActivateTheInterruptingBoundaryEventOnlyOnceTheTasksCancelingListenersAreDone() {
    // given a task with a canceling listener and an interrupting boundary event
    String processId = uniqueId("Process_BoundaryWaits");
    String listener = "canceling-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .userTask("UserTask_Review", t -> t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type(listener)))
        .boundaryEvent("BoundaryEvent_Withdrawn", b -> b.message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("caseId")))
        .endEvent("EndEvent_Withdrawn")
        .moveToActivity("UserTask_Review").endEvent("EndEvent_Done").done());
    long instance = start(processId, Map.of("caseId", "C-" + processId)).getProcessInstanceKey();
    await(() -> !client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items().isEmpty());

    // when the event interrupts the task
    withdraw(processId);
    ActivatedJob job = job(listener);

    // then the task is being canceled and the boundary event's path has not begun
    assertThat(taskOf(instance).getState()).isEqualTo(UserTaskState.CANCELING);
    assertThat(elementStates(instance, "BoundaryEvent_Withdrawn")).isEmpty();
    assertThat(elementStates(instance, "UserTask_Review")).containsExactly(ElementInstanceState.ACTIVE);

    // when the listener is done
    client.newCompleteCommand(job.getKey()).send().join();

    // then the task is terminated, and only then the boundary event's path is taken
    assertThat(elementStates(instance, "UserTask_Review")).containsExactly(ElementInstanceState.TERMINATED);
    assertThat(elementStates(instance, "BoundaryEvent_Withdrawn")).containsExactly(ElementInstanceState.COMPLETED);
    assertThat(elementStates(instance, "EndEvent_Withdrawn")).containsExactly(ElementInstanceState.COMPLETED);
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldTerminateTheInterruptedCallActivityOnlyOnceTheCalledInstancesCancelingListenersAreDone() {
    // given a call activity with an interrupting boundary event, whose called instance waits in a user task
    String processId = uniqueId("Process_CallerInterrupted");
    String calledId = uniqueId("Process_CalledInterrupted");
    String listener = "canceling-" + calledId;
    deployCalledProcess(calledId, listener);
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .callActivity("CallActivity_Contact", c -> c.zeebeProcessId(calledId))
        .boundaryEvent("BoundaryEvent_Withdrawn", b -> b.message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("caseId")))
        .endEvent("EndEvent_Withdrawn")
        .moveToActivity("CallActivity_Contact").endEvent("EndEvent_Done").done());
    long instance = start(processId, Map.of("caseId", "C-" + processId)).getProcessInstanceKey();
    await(() -> !client.newUserTaskSearchRequest().filter(f -> f.bpmnProcessId(calledId)).send().join().items().isEmpty());
    long called = calledInstanceOf(instance);

    // when the event interrupts the call activity
    withdraw(processId);
    ActivatedJob job = job(listener);

    // then the called instance's task runs its canceling listener; the call activity waits for it
    assertThat(job.getListenerEventType()).isEqualTo(ListenerEventType.CANCELING);
    assertThat(taskOf(called).getState()).isEqualTo(UserTaskState.CANCELING);
    assertThat(stateOf(called)).isEqualTo(ProcessInstanceState.ACTIVE);
    assertThat(elementStates(instance, "CallActivity_Contact")).containsExactly(ElementInstanceState.ACTIVE);
    assertThat(elementStates(instance, "BoundaryEvent_Withdrawn")).isEmpty();

    // when the listener is done
    client.newCompleteCommand(job.getKey()).send().join();

    // then the called instance ends, then the call activity, then the boundary event's path goes on
    assertThat(stateOf(called)).isEqualTo(ProcessInstanceState.TERMINATED);
    assertThat(elementStates(instance, "CallActivity_Contact")).containsExactly(ElementInstanceState.TERMINATED);
    assertThat(elementStates(instance, "EndEvent_Withdrawn")).containsExactly(ElementInstanceState.COMPLETED);
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldCancelTheCallingInstanceOnlyOnceTheCalledInstancesCancelingListenersAreDone() {
    // given an instance waiting in a call activity whose called instance waits in a user task
    String processId = uniqueId("Process_CallerCanceled");
    String calledId = uniqueId("Process_CalledCanceled");
    String listener = "canceling-" + calledId;
    deployCalledProcess(calledId, listener);
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .callActivity("CallActivity_Contact", c -> c.zeebeProcessId(calledId))
        .endEvent("EndEvent_Done").done());
    long instance = start(processId).getProcessInstanceKey();
    await(() -> !client.newUserTaskSearchRequest().filter(f -> f.bpmnProcessId(calledId)).send().join().items().isEmpty());
    long called = calledInstanceOf(instance);

    // when the instance is canceled
    client.newCancelInstanceCommand(instance).send().join();
    ActivatedJob job = job(listener);

    // then neither the call activity nor the instance has ended while the listener runs
    assertThat(taskOf(called).getState()).isEqualTo(UserTaskState.CANCELING);
    assertThat(elementStates(instance, "CallActivity_Contact")).containsExactly(ElementInstanceState.ACTIVE);
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.ACTIVE);

    // when the listener is done
    client.newCompleteCommand(job.getKey()).send().join();

    // then
    assertThat(taskOf(called).getState()).isEqualTo(UserTaskState.CANCELED);
    assertThat(stateOf(called)).isEqualTo(ProcessInstanceState.TERMINATED);
    assertThat(elementStates(instance, "CallActivity_Contact")).containsExactly(ElementInstanceState.TERMINATED);
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.TERMINATED);
  }
}
