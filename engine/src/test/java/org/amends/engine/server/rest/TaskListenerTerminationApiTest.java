package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.AbstractUserTaskBuilder;
import io.camunda.zeebe.model.bpmn.builder.EventSubProcessBuilder;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What waits for a user task's canceling listeners when the task is terminated, as in Zeebe 8.8:
 * the interrupting boundary event that ended the task, an interrupting event subprocess of the
 * task's scope, and a call activity whose called instance holds the task.
 */
class TaskListenerTerminationApiTest extends UserTaskListenerTestSupport {

  /** An instance waiting in a call activity, and the instance it called, waiting in a user task. */
  private record Calling(String processId, long instance, long called, String listener) {}

  /** What may interrupt the call activity: nothing, its boundary event, or an event subprocess of the process. */
  private enum Interruption { NONE, BOUNDARY_EVENT, EVENT_SUBPROCESS }

  /**
   * Starts a process whose call activity (interruptible as asked, by the message "withdrawn") calls
   * a process waiting in a user task with a canceling listener.
   */
  private static Calling startCalling(String name, Interruption interruption) {
    String processId = uniqueId("Process_Caller" + name);
    String calledId = uniqueId("Process_Called" + name);
    String listener = "canceling-" + calledId;
    deploy(Bpmn.createExecutableProcess(calledId).startEvent()
        .userTask("UserTask_Contact", t -> canceling(t, listener))
        .endEvent().done());
    var process = Bpmn.createExecutableProcess(processId);
    if (interruption == Interruption.EVENT_SUBPROCESS) {
      process.eventSubProcess("EventSubProcess_Withdrawn", e -> e.startEvent("StartEvent_Withdrawn")
          .message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("caseId")).interrupting(true)
          .endEvent("EndEvent_Withdrawn"));
    }
    var caller = process.startEvent().callActivity("CallActivity_Contact", c -> c.zeebeProcessId(calledId));
    if (interruption == Interruption.BOUNDARY_EVENT) {
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

  /** Publishes the message "withdrawn" for the instance of the process, with a variable. */
  private static void withdraw(String processId) {
    client.newPublishMessageCommand().messageName("withdrawn").correlationKey("C-" + processId)
        .variables(Map.of("withdrawnBy", "victim")).send().join();
  }

  /** The interrupting (or not) event subprocess the message "withdrawn" starts; it waits in a service task. */
  private static Consumer<EventSubProcessBuilder> withdrawnSubprocess(boolean interrupting, String jobType) {
    return e -> e.startEvent("StartEvent_Withdrawn")
        .message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("caseId")).interrupting(interrupting)
        .serviceTask("ServiceTask_Acknowledge", t -> t.zeebeJobType(jobType))
        .endEvent("EndEvent_Withdrawn");
  }

  /**
   * An instance waiting in a user task with a canceling listener, in a scope (the process, or the
   * embedded "SubProcess_Contact") whose event subprocess the message "withdrawn" starts.
   */
  private record Withdrawable(String processId, long instance, String listener, String acknowledge) {}

  private static Withdrawable startWithdrawable(String name, boolean interrupting, boolean inSubprocess) {
    String processId = uniqueId("Process_" + name);
    String listener = "canceling-" + processId;
    String acknowledge = "acknowledge-" + processId;
    var process = Bpmn.createExecutableProcess(processId);
    BpmnModelInstance model = inSubprocess
        ? process.startEvent()
            .subProcess("SubProcess_Contact", s -> s.embeddedSubProcess()
                .eventSubProcess("EventSubProcess_Withdrawn", withdrawnSubprocess(interrupting, acknowledge))
                .startEvent()
                .userTask("UserTask_Review", t -> canceling(t, listener))
                .endEvent())
            .endEvent("EndEvent_Done").done()
        : process.eventSubProcess("EventSubProcess_Withdrawn", withdrawnSubprocess(interrupting, acknowledge))
            .startEvent()
            .userTask("UserTask_Review", t -> canceling(t, listener))
            .endEvent("EndEvent_Done").done();
    return new Withdrawable(processId, startInTask(model, processId), listener, acknowledge);
  }

  /** Deploys the process, starts it and waits until its user task exists. */
  private static long startInTask(BpmnModelInstance process, String processId) {
    deploy(process);
    long instance = start(processId, Map.of("caseId", "C-" + processId)).getProcessInstanceKey();
    await(() -> !client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items().isEmpty());
    return instance;
  }

  private static void canceling(AbstractUserTaskBuilder<?> task, String listener) {
    task.zeebeUserTask().zeebeTaskListener(l -> l.canceling().type(listener));
  }

  /**
   * Publishes "withdrawn" and checks that the interrupting event subprocess waits while the task's
   * canceling listener runs (with what else the test checks then), and that once the listener is
   * done the task is terminated and the event subprocess runs with the message's variables.
   */
  private static void interruptWhileTheListenerRuns(Withdrawable withdrawable, Runnable meanwhile) {
    long instance = withdrawable.instance();
    withdraw(withdrawable.processId());
    ActivatedJob job = job(withdrawable.listener());

    assertThat(taskOf(instance).getState()).isEqualTo(UserTaskState.CANCELING);
    assertThat(elementStates(instance, "UserTask_Review")).containsExactly(ElementInstanceState.ACTIVE);
    assertThat(elementStates(instance, "EventSubProcess_Withdrawn")).isEmpty();
    meanwhile.run();

    client.newCompleteCommand(job.getKey()).send().join();

    assertThat(taskOf(instance).getState()).isEqualTo(UserTaskState.CANCELED);
    assertThat(elementStates(instance, "UserTask_Review")).containsExactly(ElementInstanceState.TERMINATED);
    assertThat(elementStates(instance, "EventSubProcess_Withdrawn")).containsExactly(ElementInstanceState.ACTIVE);
    ActivatedJob acknowledgement = job(withdrawable.acknowledge());
    assertThat(acknowledgement.getVariablesAsMap()).containsEntry("withdrawnBy", "victim");
    client.newCompleteCommand(acknowledgement.getKey()).send().join();
  }

  @Test
  void shouldActivateTheInterruptingBoundaryEventOnlyOnceTheTasksCancelingListenersAreDone() {
    // given a task with a canceling listener and an interrupting boundary event
    String processId = uniqueId("Process_BoundaryWaits");
    String listener = "canceling-" + processId;
    long instance = startInTask(Bpmn.createExecutableProcess(processId).startEvent()
        .userTask("UserTask_Review", t -> canceling(t, listener))
        .boundaryEvent("BoundaryEvent_Withdrawn", b -> b.message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("caseId")))
        .endEvent("EndEvent_Withdrawn")
        .moveToActivity("UserTask_Review").endEvent("EndEvent_Done").done(), processId);

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
    Calling calling = startCalling("Interrupted", Interruption.BOUNDARY_EVENT);
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
    Calling calling = startCalling("Canceled", Interruption.NONE);
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

  @Test
  void shouldActivateTheInterruptingEventSubprocessOnlyOnceTheTasksCancelingListenersAreDone() {
    // given a task with a canceling listener, in a process with an interrupting message event subprocess
    Withdrawable withdrawable = startWithdrawable("EventSubprocessWaits", true, false);

    // when the message starts the event subprocess, then it waits for the listener and runs after it
    interruptWhileTheListenerRuns(withdrawable, () -> {});

    // then the process completes with it
    assertThat(stateOf(withdrawable.instance())).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldActivateTheErrorEventSubprocessOnlyOnceTheCancelingListenersOfTheTaskBesideTheThrowerAreDone() {
    // given a task with a canceling listener beside a service task, and an interrupting error event subprocess
    String processId = uniqueId("Process_ErrorSubprocessWaits");
    String listener = "canceling-" + processId;
    String contact = "contact-" + processId;
    String escalate = "escalate-" + processId;
    long instance = startInTask(Bpmn.createExecutableProcess(processId)
        .eventSubProcess("EventSubProcess_Unreachable", e -> e.startEvent("StartEvent_Unreachable").error("UNREACHABLE")
            .serviceTask("ServiceTask_Escalate", t -> t.zeebeJobType(escalate))
            .endEvent())
        .startEvent()
        .parallelGateway("Gateway_Fork")
        .userTask("UserTask_Review", t -> canceling(t, listener))
        .endEvent()
        .moveToNode("Gateway_Fork")
        .serviceTask("ServiceTask_Contact", t -> t.zeebeJobType(contact))
        .endEvent().done(), processId);

    // when the service task's worker throws the error the event subprocess catches
    client.newThrowErrorCommand(job(contact).getKey()).errorCode("UNREACHABLE").variables(Map.of("attempts", 3)).send().join();
    ActivatedJob job = job(listener);

    // then the thrower is terminated, the task is being canceled, the event subprocess has not begun
    assertThat(elementStates(instance, "ServiceTask_Contact")).containsExactly(ElementInstanceState.TERMINATED);
    assertThat(taskOf(instance).getState()).isEqualTo(UserTaskState.CANCELING);
    assertThat(elementStates(instance, "EventSubProcess_Unreachable")).isEmpty();

    // when the listener is done
    client.newCompleteCommand(job.getKey()).send().join();

    // then the event subprocess runs, with the error's variables
    assertThat(taskOf(instance).getState()).isEqualTo(UserTaskState.CANCELED);
    ActivatedJob escalation = job(escalate);
    assertThat(escalation.getVariablesAsMap()).containsEntry("attempts", 3);
    assertThat(elementStates(instance, "EventSubProcess_Unreachable")).containsExactly(ElementInstanceState.ACTIVE);
  }

  @Test
  void shouldActivateTheInterruptingEventSubprocessOfAnEmbeddedSubprocessOnlyOnceItsTasksCancelingListenersAreDone() {
    // given a task with a canceling listener inside a subprocess with an interrupting event subprocess
    Withdrawable withdrawable = startWithdrawable("InnerEventSubprocessWaits", true, true);
    long instance = withdrawable.instance();

    // when the message starts the event subprocess, then it waits for the listener while the subprocess goes on
    interruptWhileTheListenerRuns(withdrawable, () ->
        assertThat(elementStates(instance, "SubProcess_Contact")).containsExactly(ElementInstanceState.ACTIVE));

    // then the subprocess completes after its event subprocess, and the process goes on
    assertThat(elementStates(instance, "SubProcess_Contact")).containsExactly(ElementInstanceState.COMPLETED);
    assertThat(elementStates(instance, "EndEvent_Done")).containsExactly(ElementInstanceState.COMPLETED);
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldActivateTheInterruptingEventSubprocessOnlyOnceTheCalledInstanceHasEnded() {
    // given a process with an interrupting event subprocess, waiting in a call activity whose called instance waits in a task
    Calling calling = startCalling("EventSubprocess", Interruption.EVENT_SUBPROCESS);
    long instance = calling.instance();

    // when the message starts the event subprocess
    withdraw(calling.processId());
    ActivatedJob job = job(calling.listener());

    // then the call activity waits for the called instance, whose task is being canceled
    assertThat(taskOf(calling.called()).getState()).isEqualTo(UserTaskState.CANCELING);
    assertThat(elementStates(instance, "CallActivity_Contact")).containsExactly(ElementInstanceState.ACTIVE);
    assertThat(elementStates(instance, "EventSubProcess_Withdrawn")).isEmpty();

    // when the listener is done
    client.newCompleteCommand(job.getKey()).send().join();

    // then the called instance ends, then the call activity, then the event subprocess runs
    assertThat(stateOf(calling.called())).isEqualTo(ProcessInstanceState.TERMINATED);
    assertThat(elementStates(instance, "CallActivity_Contact")).containsExactly(ElementInstanceState.TERMINATED);
    assertThat(elementStates(instance, "EndEvent_Withdrawn")).containsExactly(ElementInstanceState.COMPLETED);
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldNotActivateTheBoundaryEventOfATaskBeingCanceledOnceAnEventSubprocessInterruptedItsScope() {
    // given a task with a canceling listener and an interrupting boundary event, in a process with an interrupting event subprocess
    String processId = uniqueId("Process_BoundaryThenEventSubprocess");
    String listener = "canceling-" + processId;
    long instance = startInTask(Bpmn.createExecutableProcess(processId)
        .eventSubProcess("EventSubProcess_Closed", e -> e.startEvent("StartEvent_Closed")
            .message(m -> m.name("closed").zeebeCorrelationKeyExpression("caseId")).interrupting(true)
            .endEvent("EndEvent_Closed"))
        .startEvent()
        .userTask("UserTask_Review", t -> canceling(t, listener))
        .boundaryEvent("BoundaryEvent_Withdrawn", b -> b.message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("caseId")))
        .endEvent("EndEvent_Withdrawn")
        .moveToActivity("UserTask_Review").endEvent("EndEvent_Done").done(), processId);

    // when the boundary event interrupts the task, and the event subprocess the process while the listener runs
    withdraw(processId);
    ActivatedJob job = job(listener);
    client.newPublishMessageCommand().messageName("closed").correlationKey("C-" + processId).send().join();
    assertThat(elementStates(instance, "EventSubProcess_Closed")).isEmpty();
    client.newCompleteCommand(job.getKey()).send().join();

    // then only the event subprocess goes on, once the task is terminated
    assertThat(elementStates(instance, "UserTask_Review")).containsExactly(ElementInstanceState.TERMINATED);
    assertThat(elementStates(instance, "BoundaryEvent_Withdrawn")).isEmpty();
    assertThat(elementStates(instance, "EndEvent_Closed")).containsExactly(ElementInstanceState.COMPLETED);
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldNotActivateTheWaitingEventSubprocessOfAnInstanceCanceledMeanwhile() {
    // given an interrupting event subprocess waiting for a task's canceling listener
    Withdrawable withdrawable = startWithdrawable("CanceledWhileWaiting", true, false);
    long instance = withdrawable.instance();
    withdraw(withdrawable.processId());
    ActivatedJob job = job(withdrawable.listener());

    // when the instance is canceled, then the listener is done
    client.newCancelInstanceCommand(instance).send().join();
    client.newCompleteCommand(job.getKey()).send().join();

    // then the instance ends without the event subprocess
    assertThat(taskOf(instance).getState()).isEqualTo(UserTaskState.CANCELED);
    assertThat(elementStates(instance, "EventSubProcess_Withdrawn")).isEmpty();
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.TERMINATED);
  }

  @Test
  void shouldActivateANonInterruptingEventSubprocessAtOnceWithoutCancelingTheTask() {
    // given a task with a canceling listener, in a process with a non-interrupting message event subprocess
    Withdrawable withdrawable = startWithdrawable("NonInterrupting", false, false);
    long instance = withdrawable.instance();

    // when the message starts the event subprocess
    withdraw(withdrawable.processId());

    // then it runs at once, with the message's variables, and the task goes on untouched
    ActivatedJob acknowledgement = job(withdrawable.acknowledge());
    assertThat(acknowledgement.getVariablesAsMap()).containsEntry("withdrawnBy", "victim");
    assertThat(elementStates(instance, "EventSubProcess_Withdrawn")).containsExactly(ElementInstanceState.ACTIVE);
    assertThat(taskOf(instance).getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(elementStates(instance, "UserTask_Review")).containsExactly(ElementInstanceState.ACTIVE);
  }
}
