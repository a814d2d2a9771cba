package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compensation through the real client, over gRPC and again over REST. */
class CompensationApiTest extends ApiTestSupport {

  private static List<ActivatedJob> jobs(String type, int expected) {
    List<ActivatedJob> jobs = new ArrayList<>();
    await(() -> {
      jobs.addAll(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10)
          .requestTimeout(Duration.ofMillis(500)).send().join().getJobs());
      return jobs.size() >= expected;
    });
    return jobs;
  }

  private static void completeAll(String type, int expected) {
    jobs(type, expected).forEach(job -> client.newCompleteCommand(job.getKey()).send().join());
  }

  private static List<ElementInstance> elements(long instance) {
    return client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instance))
        .sort(s -> s.elementInstanceKey().asc()).send().join().items();
  }

  private static void awaitCompleted(long instance) {
    await(() -> client.newProcessInstanceGetRequest(instance).send().join().getState() == ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldRunTheHandlerOfACompletedActivityAndWaitForIt() {
    // given a booked room and a compensation throw event after it
    String processId = uniqueId("Process_Compensation");
    String book = "book-" + processId;
    String cancel = "cancel-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("ServiceTask_BookRoom", t -> t.zeebeJobType(book))
        .boundaryEvent("Compensate_BookRoom").compensation(c -> c.serviceTask("ServiceTask_CancelRoom").zeebeJobType(cancel))
        .moveToActivity("ServiceTask_BookRoom")
        .intermediateThrowEvent("Throw_Undo").compensateEventDefinition().compensateEventDefinitionDone()
        .endEvent("EndEvent_Done")
        .done());
    long instance = start(processId).getProcessInstanceKey();
    completeAll(book, 1);

    // when the handler's job is there, the throw event waits for it
    ActivatedJob handler = jobs(cancel, 1).get(0);
    assertThat(handler.getElementId()).isEqualTo("ServiceTask_CancelRoom");
    assertThat(elements(instance)).filteredOn(e -> e.getElementId().equals("Throw_Undo"))
        .singleElement().satisfies(e -> assertThat(e.getState()).isEqualTo(ElementInstanceState.ACTIVE));

    // then completing the handler completes the event and the instance
    client.newCompleteCommand(handler.getKey()).send().join();
    awaitCompleted(instance);
    assertThat(elements(instance)).filteredOn(e -> e.getElementId().equals("Compensate_BookRoom"))
        .singleElement().satisfies(e -> {
          assertThat(e.getType()).isEqualTo(ElementInstanceType.BOUNDARY_EVENT);
          assertThat(e.getState()).isEqualTo(ElementInstanceState.COMPLETED);
        });
  }

  @Test
  void shouldCompensateOnlyTheActivityACompensationEndEventNames() {
    String processId = uniqueId("Process_CompensationRef");
    String first = "first-" + processId;
    String second = "second-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("ServiceTask_First", t -> t.zeebeJobType(first))
        .boundaryEvent().compensation(c -> c.serviceTask("ServiceTask_UndoFirst").zeebeJobType("undo-" + first))
        .moveToActivity("ServiceTask_First")
        .serviceTask("ServiceTask_Second").zeebeJobType(second)
        .boundaryEvent().compensation(c -> c.serviceTask("ServiceTask_UndoSecond").zeebeJobType("undo-" + second))
        .moveToActivity("ServiceTask_Second")
        .endEvent("EndEvent_UndoSecond").compensateEventDefinition().activityRef("ServiceTask_Second").compensateEventDefinitionDone()
        .done());
    long instance = start(processId).getProcessInstanceKey();
    completeAll(first, 1);
    completeAll(second, 1);

    completeAll("undo-" + second, 1);

    awaitCompleted(instance);
    assertThat(client.newActivateJobsCommand().jobType("undo-" + first).maxJobsToActivate(1).send().join().getJobs()).isEmpty();
  }

  @Test
  void shouldRefuseACompensationEventSubprocessWithZeebesMessage() {
    String processId = uniqueId("Process_CompensationEsp");

    Refusal refusal = problemOf(() -> deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .subProcess("SubProcess_Outer").embeddedSubProcess()
        .eventSubProcess("SubProcess_Compensate", e -> e.startEvent().compensateEventDefinition().compensateEventDefinitionDone().endEvent())
        .startEvent().endEvent()
        .subProcessDone().endEvent().done()));

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.message()).contains("SubProcess_Compensate")
        .contains("Start events in event subprocesses must be one of: message, timer, error, signal or escalation");
  }

  @Test
  void shouldKeepTheHandlersVariablesFromItsInputMappings() {
    String processId = uniqueId("Process_CompensationVars");
    String book = "book-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("ServiceTask_Book", t -> t.zeebeJobType(book))
        .boundaryEvent().compensation(c -> c.serviceTask("ServiceTask_Cancel").zeebeJobType("cancel-" + processId)
            .zeebeInputExpression("bookingId", "cancelledBooking"))
        .moveToActivity("ServiceTask_Book")
        .endEvent("EndEvent_Undo").compensateEventDefinition().compensateEventDefinitionDone()
        .done());
    start(processId, Map.of("caseId", "C-9"));
    jobs(book, 1).forEach(job -> client.newCompleteCommand(job.getKey()).variables(Map.of("bookingId", "B-3")).send().join());

    assertThat(jobs("cancel-" + processId, 1).get(0).getVariablesAsMap())
        .containsEntry("cancelledBooking", "B-3").containsEntry("caseId", "C-9");
  }
}
