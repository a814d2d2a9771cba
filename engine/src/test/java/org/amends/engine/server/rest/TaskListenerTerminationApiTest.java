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

  /** An instance waiting in a call activity, and the instance it called, waiting in a user task. */
  private record Calling(String processId, long instance, long called, String listener) {}

  /**
   * Starts a process whose call activity (with an interrupting boundary event, if asked) calls a
   * process waiting in a user task with a canceling listener.
   */
  private static Calling startCalling(String name, boolean withBoundaryEvent) {
    String processId = uniqueId("Process_Caller" + name);
    String calledId = uniqueId("Process_Called" + name);
    String listener = "canceling-" + calledId;
    deploy(Bpmn.createExecutableProcess(calledId).startEvent()
        .userTask("UserTask_Contact", t -> t.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type(listener)))
        .endEvent().done());
    var caller = Bpmn.createExecutableProcess(processId).startEvent()
        .callActivity("CallActivity_Contact", c -> c.zeebeProcessId(calledId));
    if (withBoundaryEvent) {
      caller.boundaryEvent("BoundaryEvent_Withdrawn", b -> b.message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("caseId")))
          .endEvent("EndEvent_Withdrawn")
          .moveToActivity("CallActivity_Contact");
    }
    deploy(caller.endEvent("EndEvent_Done").done());
    long instance = start(processId, Map.of("caseId", "C-" + processId)).getProcessInstanceKey();
    await(() -> !client.newUserTaskSearchRequest().filter(f -> f.bpmnProcessId(calledId)).send().join().items().isEmpty());
    long called = client.newProcessInstanceSearchRequest().filter(f -> f.parentProcessInstanceKey(instance)).send().join()
        .items().get(0).getProcessInstanceKey();
    return new Calling(processId, instance, called, listener);
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
    assertThat(taskOf(instance).getState()).isEqualTo(UserTaskState.CANCELED);
    assertThat(elementStates(instance, "UserTask_Review")).containsExactly(ElementInstanceState.TERMINATED);
    assertThat(elementStates(instance, "BoundaryEvent_Withdrawn")).containsExactly(ElementInstanceState.COMPLETED);
    assertThat(elementStates(instance, "EndEvent_Withdrawn")).containsExactly(ElementInstanceState.COMPLETED);
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldTerminateTheInterruptedCallActivityOnlyOnceTheCalledInstancesCancelingListenersAreDone() {
    // given a call activity with an interrupting boundary event, whose called instance waits in a user task
    Calling calling = startCalling("Interrupted", true);
    long instance = calling.instance();
    long called = calling.called();

    // when the event interrupts the call activity
    withdraw(calling.processId());
    ActivatedJob job = job(calling.listener());

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
    Calling calling = startCalling("Canceled", false);
    long instance = calling.instance();
    long called = calling.called();

    // when the instance is canceled
    client.newCancelInstanceCommand(instance).send().join();
    ActivatedJob job = job(calling.listener());

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
