package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Execution listeners through the client, element by element, as Zeebe 8.8 runs them. */
class ExecutionListenerApiTest extends ApiTestSupport {

  private static List<ActivatedJob> activate(String type, Duration requestTimeout) {
    return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5)
        .requestTimeout(requestTimeout).send().join().getJobs();
  }

  /** The one job of the type, waiting a little for it. */
  private static ActivatedJob job(String type) {
    List<ActivatedJob> jobs = activate(type, Duration.ofSeconds(5));
    assertThat(jobs).as("jobs of type " + type).hasSize(1);
    return jobs.get(0);
  }

  private static void complete(ActivatedJob job, Map<String, Object> variables) {
    client.newCompleteCommand(job.getKey()).variables(variables).send().join();
  }

  private static List<Variable> variables(long instance, String name) {
    return client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name(name)).send().join().items();
  }

  /** Deploys start → a manual task with these start listeners → end, and starts an instance. */
  private static long startMeetingWithStartListeners(String processId, String... listeners) {
    var task = Bpmn.createExecutableProcess(processId).startEvent().manualTask("ManualTask_Meet");
    for (String listener : listeners) {
      task = task.zeebeStartExecutionListener(listener);
    }
    deploy(task.endEvent().done());
    return start(processId).getProcessInstanceKey();
  }

  private static ProcessInstanceState stateOf(long instance) {
    return client.newProcessInstanceGetRequest(instance).send().join().getState();
  }

  @Test
  void shouldRunStartListenerBeforeTheElementsJobAndMakeItsVariablesLocal() {
    // given
    String processId = uniqueId("Process_StartListener");
    String work = "work-" + processId;
    String listener = "prepare-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("ServiceTask_Work", t -> t.zeebeJobType(work).zeebeStartExecutionListener(listener))
        .endEvent().done());
    long instance = start(processId, Map.of("caseId", "C-1")).getProcessInstanceKey();

    // when
    ActivatedJob listenerJob = job(listener);

    // then it is the listener's job, and the element has no job of its own yet
    assertThat(listenerJob.getKind()).isEqualTo(JobKind.EXECUTION_LISTENER);
    assertThat(listenerJob.getListenerEventType()).isEqualTo(ListenerEventType.START);
    assertThat(listenerJob.getElementId()).isEqualTo("ServiceTask_Work");
    assertThat(listenerJob.getRetries()).isEqualTo(3);
    assertThat(listenerJob.getVariablesAsMap()).containsEntry("caseId", "C-1");
    assertThat(activate(work, Duration.ofMillis(200))).isEmpty();

    // when the listener completes with a variable
    complete(listenerJob, Map.of("prepared", true));

    // then the element goes on: its job sees the variable, local to the element
    ActivatedJob workJob = job(work);
    assertThat(workJob.getVariablesAsMap()).containsEntry("prepared", true);
    assertThat(variables(instance, "prepared")).singleElement()
        .satisfies(v -> assertThat(v.getScopeKey()).isEqualTo(workJob.getElementInstanceKey()));
  }

  @Test
  void shouldRunEndListenerAfterTheElementsJobAndPropagateItsVariables() {
    // given
    String processId = uniqueId("Process_EndListener");
    String work = "work-" + processId;
    String listener = "archive-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("ServiceTask_Work", t -> t.zeebeJobType(work).zeebeEndExecutionListener(listener))
        .endEvent().done());
    long instance = start(processId).getProcessInstanceKey();
    complete(job(work), Map.of("outcome", "done"));

    // when
    ActivatedJob listenerJob = job(listener);

    // then the element waits for it, and the listener sees the job's variables
    assertThat(listenerJob.getListenerEventType()).isEqualTo(ListenerEventType.END);
    assertThat(listenerJob.getVariablesAsMap()).containsEntry("outcome", "done");
    assertThat(client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId("ServiceTask_Work")).send().join().items())
        .singleElement().satisfies(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.ACTIVE));
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.ACTIVE);

    // when
    complete(listenerJob, Map.of("archived", true));

    // then the element completes and the listener's variable is the process's
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(variables(instance, "archived")).singleElement()
        .satisfies(v -> assertThat(v.getScopeKey()).isEqualTo(instance));
  }

  @Test
  void shouldRunListenersOfOneEventOneAfterAnotherInTheModelsOrder() {
    // given
    String processId = uniqueId("Process_ListenerOrder");
    String first = "first-" + processId;
    String second = "second-" + processId;
    long instance = startMeetingWithStartListeners(processId, first, second);

    // when
    ActivatedJob firstJob = job(first);

    // then
    assertThat(activate(second, Duration.ofMillis(200))).isEmpty();

    // when
    complete(firstJob, Map.of("step", 1));

    // then the second sees what the first set
    ActivatedJob secondJob = job(second);
    assertThat(secondJob.getVariablesAsMap()).containsEntry("step", 1);
    complete(secondJob, Map.of());
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldRunGatewayStartListenerBeforeTheConditionsAreEvaluated() {
    // given
    String processId = uniqueId("Process_GatewayListener");
    String listener = "route-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .exclusiveGateway("Gateway_Route").zeebeStartExecutionListener(listener)
        .sequenceFlowId("Flow_Meet").conditionExpression("route = \"meet\"").endEvent("EndEvent_Meet")
        .moveToLastGateway()
        .sequenceFlowId("Flow_Letter").conditionExpression("route != \"meet\"").endEvent("EndEvent_Letter")
        .done());
    long instance = start(processId).getProcessInstanceKey();

    // when
    complete(job(listener), Map.of("route", "meet"));

    // then
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId("EndEvent_Meet")).send().join().items()).hasSize(1);
  }

  @Test
  void shouldRunTheProcessesStartListenerBeforeItsStartEventAndItsEndListenerLast() {
    // given
    String processId = uniqueId("Process_ProcessListeners");
    String startListener = "open-" + processId;
    String endListener = "close-" + processId;
    String work = "work-" + processId;
    deploy(Bpmn.createExecutableProcess(processId)
        .zeebeStartExecutionListener(startListener).zeebeEndExecutionListener(endListener)
        .startEvent().serviceTask("ServiceTask_Work", t -> t.zeebeJobType(work)).endEvent().done());
    long instance = start(processId).getProcessInstanceKey();

    // when
    ActivatedJob opening = job(startListener);

    // then
    assertThat(opening.getElementId()).isEqualTo(processId);
    assertThat(activate(work, Duration.ofMillis(200))).isEmpty();

    // when
    complete(opening, Map.of("opened", true));
    complete(job(work), Map.of());
    ActivatedJob closing = job(endListener);

    // then
    assertThat(closing.getListenerEventType()).isEqualTo(ListenerEventType.END);
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.ACTIVE);
    complete(closing, Map.of());
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldEvaluateTheListenersTypeAndRetriesExpressions() {
    // given
    String processId = uniqueId("Process_ListenerExpressions");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .manualTask("ManualTask_Meet").zeebeExecutionListener(l -> l.start()
            .typeExpression("\"prepare-\" + suffix").retriesExpression("2 + 3"))
        .endEvent().done());
    String suffix = processId.toLowerCase();
    start(processId, Map.of("suffix", suffix));

    // when
    ActivatedJob listenerJob = job("prepare-" + suffix);

    // then
    assertThat(listenerJob.getRetries()).isEqualTo(5);
  }

  @Test
  void shouldRaiseAnIncidentWhenAListenerJobFailsWithoutRetriesAndRunOnlyThatListenerAgain() {
    // given
    String processId = uniqueId("Process_ListenerIncident");
    String first = "first-" + processId;
    String second = "second-" + processId;
    long instance = startMeetingWithStartListeners(processId, first, second);
    complete(job(first), Map.of());
    ActivatedJob failing = job(second);

    // when
    client.newFailCommand(failing.getKey()).retries(0).errorMessage("register down").send().join();

    // then
    var incident = client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join()
        .items().get(0);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.EXECUTION_LISTENER_NO_RETRIES);
    assertThat(incident.getErrorMessage()).isEqualTo("register down");
    assertThat(incident.getJobKey()).isEqualTo(failing.getKey());

    // when
    client.newUpdateRetriesCommand(failing.getKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    // then only the failed listener runs again
    assertThat(activate(first, Duration.ofMillis(200))).isEmpty();
    complete(job(second), Map.of());
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldRefuseABpmnErrorFromAnExecutionListenersJob() {
    // given
    String processId = uniqueId("Process_ListenerError");
    String listener = "prepare-" + processId;
    long instance = startMeetingWithStartListeners(processId, listener);
    ActivatedJob listenerJob = job(listener);

    // when
    Refusal refusal = problemOf(() -> client.newThrowErrorCommand(listenerJob.getKey()).errorCode("REJECTED").send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_STATE);
    assertThat(refusal.message()).endsWith("Cannot throw BPMN error from EXECUTION_LISTENER job with key '"
        + listenerJob.getKey() + "', type '" + listener + "' and processInstanceKey '" + instance + "'");
  }

  @Test
  void shouldRunTheListenersForEachInnerInstanceOfAMultiInstanceActivityButNotForItsBody() {
    // given
    String processId = uniqueId("Process_ListenerMultiInstance");
    String listener = "prepare-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .manualTask("ManualTask_Meet").zeebeStartExecutionListener(listener)
        .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("parties").zeebeInputElement("party"))
        .endEvent().done());
    long instance = start(processId, Map.of("parties", List.of("harmed", "harmer"))).getProcessInstanceKey();

    // when
    List<ActivatedJob> jobs = activate(listener, Duration.ofSeconds(5));

    // then one per inner instance, each seeing its own input element
    assertThat(jobs).extracting(j -> j.getVariablesAsMap().get("party")).containsExactlyInAnyOrder("harmed", "harmer");
    jobs.forEach(j -> complete(j, Map.of()));
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldCancelTheListenersJobWhenTheInstanceIsCanceled() {
    // given
    String processId = uniqueId("Process_ListenerCancel");
    String listener = "prepare-" + processId;
    long instance = startMeetingWithStartListeners(processId, listener);
    ActivatedJob listenerJob = job(listener);

    // when
    client.newCancelInstanceCommand(instance).send().join();

    // then
    assertThat(problemOf(() -> complete(listenerJob, Map.of())).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(stateOf(instance)).isEqualTo(ProcessInstanceState.TERMINATED);
  }

  @Test
  void shouldRefuseAStartListenerOnAStartEventWithZeebesMessage() {
    String processId = uniqueId("Process_StartEventListener");
    Refusal refusal = problemOf(() -> deploy(Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Received").zeebeStartExecutionListener("prepare").endEvent().done()));
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.message()).contains("StartEvent_Received")
        .contains("Execution listeners of type 'start' are not supported by start events");
  }

  @Test
  void shouldRefuseAnEndListenerOnAGatewayWithZeebesMessage() {
    String processId = uniqueId("Process_GatewayEndListener");
    Refusal refusal = problemOf(() -> deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .exclusiveGateway("Gateway_Split").zeebeExecutionListener(l -> l.end().type("after")).endEvent().done()));
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.message()).contains("Gateway_Split")
        .contains("Execution listeners of type 'end' are not supported by gateway element");
  }
}
