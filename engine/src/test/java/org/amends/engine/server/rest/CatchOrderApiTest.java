package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which catch event gets a thrown error or escalation, in Zeebe's order: within one scope the
 * event subprocesses before the boundary events, a catch of the very code before a catch-all.
 */
class CatchOrderApiTest extends ApiTestSupport {

  /** A subprocess whose service task fails with a BPMN error, with an event subprocess inside and a boundary event outside. */
  private static BpmnModelInstance errorInSubprocess(String processId, String type, String espCode, String boundaryCode) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .subProcess("SubProcess_Contact", s -> s.embeddedSubProcess()
            .eventSubProcess("EventSubProcess_Failed", e -> e
                .startEvent("StartEvent_Failed").error(espCode)
                .userTask("UserTask_HandledInside", u -> u.zeebeUserTask())
                .endEvent())
            .startEvent()
            .serviceTask("ServiceTask_Contact", t -> t.zeebeJobType(type))
            .endEvent())
        .boundaryEvent("BoundaryEvent_Failed", b -> b.error(boundaryCode))
        .userTask("UserTask_HandledOutside", u -> u.zeebeUserTask())
        .endEvent()
        .moveToActivity("SubProcess_Contact")
        .endEvent()
        .done();
  }

  private static void throwErrorFromJob(String type, String code) {
    var job = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1)
        .requestTimeout(Duration.ofSeconds(2)).send().join().getJobs();
    assertThat(job).hasSize(1);
    client.newThrowErrorCommand(job.get(0).getKey()).errorCode(code).send().join();
  }

  private static List<String> activeElements(long instance) {
    return client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(ElementInstanceState.ACTIVE)).send().join()
        .items().stream().map(e -> e.getElementId()).toList();
  }

  @Test
  void shouldCatchAnErrorInTheEventSubprocessBeforeTheBoundaryEventOfTheSameScope() {
    // given
    String processId = uniqueId("Process_ErrorOrder");
    String type = "type-" + processId;
    deploy(errorInSubprocess(processId, type, "UNREACHABLE", "UNREACHABLE"));
    long instance = start(processId).getProcessInstanceKey();

    // when
    throwErrorFromJob(type, "UNREACHABLE");

    // then
    await(() -> activeElements(instance).contains("UserTask_HandledInside"));
    assertThat(activeElements(instance)).doesNotContain("UserTask_HandledOutside")
        .contains("SubProcess_Contact", "EventSubProcess_Failed");
  }

  @Test
  void shouldPreferACatchOfTheCodeOnTheBoundaryOverACatchAllEventSubprocess() {
    // given an event subprocess that catches every error and a boundary event for this one
    String processId = uniqueId("Process_ErrorCode");
    String type = "type-" + processId;
    deploy(errorInSubprocess(processId, type, null, "UNREACHABLE"));
    long instance = start(processId).getProcessInstanceKey();

    // when
    throwErrorFromJob(type, "UNREACHABLE");

    // then
    await(() -> activeElements(instance).contains("UserTask_HandledOutside"));
    assertThat(activeElements(instance)).doesNotContain("UserTask_HandledInside", "SubProcess_Contact");
  }

  @Test
  void shouldCatchAnEscalationInTheEventSubprocessBeforeTheBoundaryEventOfTheSameScope() {
    // given
    String processId = uniqueId("Process_EscalationOrder");
    deploy(Bpmn.createExecutableProcess(processId)
        .startEvent()
        .subProcess("SubProcess_Contact", s -> s.embeddedSubProcess()
            .eventSubProcess("EventSubProcess_Safeguarding", e -> e
                .startEvent("StartEvent_Safeguarding").interrupting(false).escalation("SAFEGUARDING")
                .userTask("UserTask_HandledInside", u -> u.zeebeUserTask())
                .endEvent())
            .startEvent()
            .subProcess("SubProcess_Call", inner -> inner.embeddedSubProcess()
                .startEvent()
                .intermediateThrowEvent("Throw_Safeguarding", t -> t.escalation("SAFEGUARDING"))
                .userTask("UserTask_GoOn", u -> u.zeebeUserTask())
                .endEvent())
            .endEvent())
        .boundaryEvent("BoundaryEvent_Safeguarding", b -> b.cancelActivity(false).escalation("SAFEGUARDING"))
        .userTask("UserTask_HandledOutside", u -> u.zeebeUserTask())
        .endEvent()
        .moveToActivity("SubProcess_Contact")
        .endEvent()
        .done());

    // when
    long instance = start(processId).getProcessInstanceKey();

    // then
    await(() -> activeElements(instance).containsAll(List.of("UserTask_HandledInside", "UserTask_GoOn")));
    assertThat(activeElements(instance)).doesNotContain("UserTask_HandledOutside");
  }
}
