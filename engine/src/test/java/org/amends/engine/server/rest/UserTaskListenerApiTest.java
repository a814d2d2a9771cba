package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.CompleteUserTaskResponse;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.TaskListenerBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** User task listeners through the client, event by event, as Zeebe 8.8 runs them. */
class UserTaskListenerApiTest extends UserTaskListenerTestSupport {

  /** Deploys a Camunda user task with the listeners and starts an instance; returns its key. */
  private static long startWithListeners(String processId, String assignee, List<Consumer<TaskListenerBuilder>> listeners) {
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .userTask("UserTask_Review", t -> {
          t.zeebeUserTask().name("Review the case");
          if (assignee != null) {
            t.zeebeAssignee(assignee);
          }
          listeners.forEach(t::zeebeTaskListener);
        })
        .endEvent().done());
    return start(processId).getProcessInstanceKey();
  }

  /** A started instance of a process whose user task has one listener, and that listener's job type. */
  private record Started(String listener, long instance) {
    long taskKey() {
      return taskOf(instance).getUserTaskKey();
    }
  }

  /** Deploys a Camunda user task with one listener on the event (no assignee) and starts an instance. */
  private static Started startWithListener(String processName, UnaryOperator<TaskListenerBuilder> event) {
    String processId = uniqueId(processName);
    String listener = "listener-" + processId;
    return new Started(listener, startWithListeners(processId, null, List.of(l -> event.apply(l).type(listener))));
  }

  /** Completes the user task; the call still waits for the task's completing listeners. */
  private static CompletableFuture<CompleteUserTaskResponse> completionWaiting(long taskKey, Map<String, Object> variables) {
    return stillWaiting(client.newCompleteUserTaskCommand(taskKey).variables(variables).send().toCompletableFuture());
  }

  @Test
  void shouldRunTheCreatingListenerBeforeTheTaskIsCreatedAndApplyItsCorrections() {
    // given
    Started started = startWithListener("Process_Creating", TaskListenerBuilder::creating);

    // when
    ActivatedJob job = job(started.listener());

    // then the task is being created; the job carries the task's data as headers
    UserTask creating = taskOf(started.instance());
    assertThat(creating.getState()).isEqualTo(UserTaskState.CREATING);
    assertThat(job.getKind()).isEqualTo(JobKind.TASK_LISTENER);
    assertThat(job.getListenerEventType()).isEqualTo(ListenerEventType.CREATING);
    assertThat(job.getCustomHeaders())
        .containsEntry("io.camunda.zeebe:userTaskKey", Long.toString(creating.getUserTaskKey()))
        .containsEntry("io.camunda.zeebe:priority", "50");

    // when the listener corrects the task
    client.newCompleteCommand(job.getKey())
        .withResult(r -> r.forUserTask().correctPriority(80).correctCandidateGroups(List.of("coordinators")))
        .send().join();

    // then it is created as corrected
    UserTask created = taskOf(started.instance());
    assertThat(created.getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(created.getPriority()).isEqualTo(80);
    assertThat(created.getCandidateGroups()).containsExactly("coordinators");
  }

  @Test
  void shouldAnswerTheAssignmentOnceItsListenersAreDoneWithTheirCorrection() {
    // given
    Started started = startWithListener("Process_Assigning", TaskListenerBuilder::assigning);
    long key = started.taskKey();

    // when
    var assignment = stillWaiting(client.newAssignUserTaskCommand(key).assignee("amira").send().toCompletableFuture());
    ActivatedJob job = job(started.listener());

    // then
    assertThat(taskOf(started.instance()).getState()).isEqualTo(UserTaskState.ASSIGNING);
    assertThat(job.getListenerEventType()).isEqualTo(ListenerEventType.ASSIGNING);
    assertThat(job.getCustomHeaders())
        .containsEntry("io.camunda.zeebe:assignee", "amira")
        .containsEntry("io.camunda.zeebe:action", "assign")
        .containsEntry("io.camunda.zeebe:changedAttributes", "[\"assignee\"]");
    // and, as in Zeebe 8.8, the job carries the task itself, over gRPC and REST alike
    assertThat(job.getUserTask().getUserTaskKey()).isEqualTo(key);
    assertThat(job.getUserTask().getAssignee()).isEqualTo("amira");
    assertThat(job.getUserTask().getAction()).isEqualTo("assign");
    assertThat(job.getUserTask().getChangedAttributes()).containsExactly("assignee");
    assertThat(job.getUserTask().getPriority()).isEqualTo(50);

    // when
    client.newCompleteCommand(job.getKey()).withResult(r -> r.forUserTask().correctAssignee("bilal")).send().join();

    // then
    assignment.join();
    UserTask task = taskOf(started.instance());
    assertThat(task.getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(task.getAssignee()).isEqualTo("bilal");
  }

  @Test
  void shouldAssignTheProcessesAssigneeThroughTheAssigningListenersOnceTheTaskIsCreated() {
    // given
    String processId = uniqueId("Process_InitialAssignee");
    String creating = "creating-" + processId;
    String assigning = "assigning-" + processId;
    long instance = startWithListeners(processId, "amira",
        List.of(l -> l.creating().type(creating), l -> l.assigning().type(assigning)));

    // when
    ActivatedJob creatingJob = job(creating);

    // then the creating listener sees the assignee the process gave
    assertThat(creatingJob.getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee", "amira");

    // when
    client.newCompleteCommand(creatingJob.getKey()).send().join();
    ActivatedJob assigningJob = job(assigning);

    // then the task is created, unassigned, and being assigned
    assertThat(taskOf(instance).getState()).isEqualTo(UserTaskState.ASSIGNING);
    assertThat(assigningJob.getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee", "amira");
    client.newCompleteCommand(assigningJob.getKey()).send().join();
    assertThat(taskOf(instance).getAssignee()).isEqualTo("amira");
    assertThat(taskOf(instance).getState()).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void shouldRefuseToCorrectTheAssigneeOnCreatingWhenTheProcessGaveOne() {
    // given
    String processId = uniqueId("Process_CreatingAssignee");
    String listener = "creating-" + processId;
    startWithListeners(processId, "amira", List.of(l -> l.creating().type(listener)));
    ActivatedJob job = job(listener);

    // when
    Refusal refusal = problemOf(() -> client.newCompleteCommand(job.getKey())
        .withResult(r -> r.forUserTask().correctAssignee("bilal")).send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.message()).contains("correcting the assignee on 'CREATING' event is not supported");
  }

  @Test
  void shouldDenyTheCompletionAndKeepTheTaskAsItWas() {
    // given
    Started started = startWithListener("Process_DenyCompletion", TaskListenerBuilder::completing);
    long key = started.taskKey();
    var completion = completionWaiting(key, Map.of("decision", "meet"));
    ActivatedJob job = job(started.listener());
    assertThat(taskOf(started.instance()).getState()).isEqualTo(UserTaskState.COMPLETING);

    // when
    client.newCompleteCommand(job.getKey()).withResult(r -> r.forUserTask().deny(true, "consent form not signed"))
        .send().join();

    // then the completion is refused with the reason, the task stays, nothing was set
    Refusal refusal = problemOf(completion::join);
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_STATE);
    assertThat(refusal.message()).isEqualTo("Completion of the User Task with key '" + key
        + "' was denied by Task Listener. Reason to deny: 'consent form not signed'");
    assertThat(taskOf(started.instance()).getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(stateOf(started.instance())).isEqualTo(ProcessInstanceState.ACTIVE);
    assertThat(variables(started.instance(), "decision")).isEmpty();
  }

  @Test
  void shouldCompleteTheTaskWithTheCompletionsVariablesOnceTheCompletingListenersAreDone() {
    // given
    Started started = startWithListener("Process_Completing", TaskListenerBuilder::completing);
    var completion = completionWaiting(started.taskKey(), Map.of("decision", "meet"));

    // when
    ActivatedJob job = job(started.listener());
    assertThat(job.getCustomHeaders()).containsEntry("io.camunda.zeebe:action", "complete");
    assertThat(job.getVariablesAsMap()).as("the listener sees the completion's variables").containsEntry("decision", "meet");
    client.newCompleteCommand(job.getKey()).send().join();

    // then
    completion.join();
    assertThat(taskOf(started.instance()).getState()).isEqualTo(UserTaskState.COMPLETED);
    assertThat(stateOf(started.instance())).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(variables(started.instance(), "decision"))
        .singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo("\"meet\""));
  }

  @Test
  void shouldRunUpdatingListenersOneAfterAnotherAndApplyTheChangesWithTheCorrections() {
    // given
    String processId = uniqueId("Process_Updating");
    String first = "updating-1-" + processId;
    String second = "updating-2-" + processId;
    long instance = startWithListeners(processId, null,
        List.of(l -> l.updating().type(first), l -> l.updating().type(second)));
    long key = taskOf(instance).getUserTaskKey();
    var update = stillWaiting(client.newUpdateUserTaskCommand(key).candidateUsers(List.of("amira")).send()
        .toCompletableFuture());

    // when
    ActivatedJob firstJob = job(first);
    assertThat(firstJob.getCustomHeaders()).containsEntry("io.camunda.zeebe:changedAttributes", "[\"candidateUsers\"]");
    client.newCompleteCommand(firstJob.getKey()).withResult(r -> r.forUserTask().correctPriority(90)).send().join();
    ActivatedJob secondJob = job(second);

    // then the next listener sees the correction as a change too
    assertThat(secondJob.getCustomHeaders())
        .containsEntry("io.camunda.zeebe:priority", "90")
        .containsEntry("io.camunda.zeebe:changedAttributes", "[\"candidateUsers\",\"priority\"]");
    client.newCompleteCommand(secondJob.getKey()).send().join();
    update.join();
    UserTask task = taskOf(instance);
    assertThat(task.getCandidateUsers()).containsExactly("amira");
    assertThat(task.getPriority()).isEqualTo(90);
  }

  @Test
  void shouldRefuseOtherCommandsWhileATransitionsListenersRun() {
    // given
    Started started = startWithListener("Process_Busy", TaskListenerBuilder::completing);
    long key = started.taskKey();
    completionWaiting(key, Map.of());

    // when
    Refusal refusal = problemOf(() -> client.newAssignUserTaskCommand(key).assignee("amira").send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_STATE);
    assertThat(refusal.message()).contains(
        "Expected to assign user task with key '" + key + "', but it is in state 'COMPLETING'");
    client.newCompleteCommand(job(started.listener()).getKey()).send().join();
  }

  @Test
  void shouldRefuseATaskListenersJobCompletedWithVariables() {
    // given
    Started started = startWithListener("Process_ListenerVariables", TaskListenerBuilder::creating);
    ActivatedJob job = job(started.listener());

    // when
    Refusal refusal = problemOf(() -> client.newCompleteCommand(job.getKey()).variables(Map.of("x", 1)).send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.message()).contains("Task Listener job completion with variables payload provided is not yet supported (job key '"
        + job.getKey() + "', type '" + started.listener() + "', processInstanceKey '" + started.instance() + "')");
  }

  @Test
  void shouldRefuseDenyingTheCreation() {
    // given
    Started started = startWithListener("Process_DenyCreation", TaskListenerBuilder::creating);
    ActivatedJob job = job(started.listener());

    // when
    Refusal refusal = problemOf(() -> client.newCompleteCommand(job.getKey())
        .withResult(r -> r.forUserTask().deny(true)).send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.message()).contains("Denying result is not supported for 'CREATING' task listener jobs")
        .contains("Only the following listener event types support denying: [ASSIGNING, COMPLETING, UPDATING].");
  }

  @Test
  void shouldRefuseADenialWithCorrections() {
    // given
    Started started = startWithListener("Process_DenyWithCorrections", TaskListenerBuilder::completing);
    var completion = completionWaiting(started.taskKey(), Map.of());
    ActivatedJob job = job(started.listener());

    // when
    Refusal refusal = problemOf(() -> client.newCompleteCommand(job.getKey())
        .withResult(r -> r.forUserTask().deny(true).correctPriority(10)).send().join());

    // then the job is still to be completed
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.message())
        .contains("Expected to complete task listener job with corrections, but the job result is denied");
    client.newCompleteCommand(job.getKey()).send().join();
    completion.join();
    assertThat(stateOf(started.instance())).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldRaiseATaskListenerIncidentWhenItsJobFailsWithoutRetries() {
    // given
    Started started = startWithListener("Process_TaskListenerIncident", TaskListenerBuilder::creating);
    ActivatedJob job = job(started.listener());

    // when
    client.newFailCommand(job.getKey()).retries(0).errorMessage("directory down").send().join();

    // then
    var incident = client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(started.instance())).send().join()
        .items().get(0);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.TASK_LISTENER_NO_RETRIES);
    assertThat(incident.getJobKey()).isEqualTo(job.getKey());

    // when
    client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    client.newCompleteCommand(job(started.listener()).getKey()).send().join();

    // then
    assertThat(taskOf(started.instance()).getState()).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void shouldRunTheCancelingListenersWhenTheInstanceIsCanceledAndTerminateItAfterThem() {
    // given
    Started started = startWithListener("Process_Canceling", TaskListenerBuilder::canceling);

    // when
    client.newCancelInstanceCommand(started.instance()).send().join();
    ActivatedJob job = job(started.listener());

    // then the task is being canceled and the instance waits for the listener
    assertThat(job.getListenerEventType()).isEqualTo(ListenerEventType.CANCELING);
    assertThat(taskOf(started.instance()).getState()).isEqualTo(UserTaskState.CANCELING);
    assertThat(stateOf(started.instance())).isEqualTo(ProcessInstanceState.ACTIVE);

    // when
    client.newCompleteCommand(job.getKey()).send().join();

    // then
    assertThat(taskOf(started.instance()).getState()).isEqualTo(UserTaskState.CANCELED);
    assertThat(stateOf(started.instance())).isEqualTo(ProcessInstanceState.TERMINATED);
  }

  @Test
  void shouldRefuseTaskListenersOnAJobWorkerUserTaskWithZeebesMessage() {
    String processId = uniqueId("Process_JobWorkerTaskListener");
    Refusal refusal = problemOf(() -> deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .userTask("UserTask_Legacy", t -> t.zeebeTaskListener(l -> l.completing().type("check")))
        .endEvent().done()));
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.message()).contains("UserTask_Legacy").contains("Task listeners are only allowed on Camunda user tasks.");
  }
}
