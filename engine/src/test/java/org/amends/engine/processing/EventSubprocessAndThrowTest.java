package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.ActivatedJob;
import org.junit.jupiter.api.Test;

class EventSubprocessAndThrowTest extends EngineTestSupport {

  @Test
  void shouldInterruptWithSignalEventSubprocessWhenAnotherInstanceThrowsTheSignal() {
    deploy(
        Bpmn.createExecutableProcess("listening")
            .eventSubProcess("SubProcess_ServiceClosed", e -> e
                .startEvent("StartEvent_ServiceClosed").signal("service-closed")
                .endEvent("EndEvent_Closed"))
            .startEvent()
            .userTask("UserTask_Work", u -> u.zeebeUserTask())
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess("closing")
            .startEvent()
            .intermediateThrowEvent("SignalThrow_Closed", e -> e.signal("service-closed"))
            .endEvent()
            .done());
    long listening = start("listening");

    long closing = start("closing");

    assertThat(processInstanceState(closing)).isEqualTo("COMPLETED");
    assertThat(processInstanceState(listening)).isEqualTo("COMPLETED");
    assertThat(completedElements(listening)).contains("StartEvent_ServiceClosed", "EndEvent_Closed");
    assertThat(userTasks(listening)).isEmpty();
  }

  @Test
  void shouldSendTheInputMappingsOfASignalThrowEventAsTheSignalsVariables() {
    // given an instance waiting for the signal
    deploy(
        Bpmn.createExecutableProcess("awaitingClosure")
            .startEvent()
            .intermediateCatchEvent("SignalEvent_CaseClosed").signal("case-closed-throw")
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess("closingCase")
            .startEvent()
            .intermediateThrowEvent("SignalThrow_CaseClosed", e -> e.signal("case-closed-throw")
                .zeebeInputExpression("caseId", "closedCaseId")
                .zeebeInputExpression("\"withdrawn\"", "reason"))
            .endEvent()
            .done());
    long waiting = start("awaitingClosure");

    // when another instance throws the signal
    start("closingCase", Map.of("caseId", "C-17", "notes", "not for the signal"));

    // then the waiting instance received the mapped variables, and only those
    assertThat(processInstanceState(waiting)).isEqualTo("COMPLETED");
    assertThat(variable(waiting, "closedCaseId")).isEqualTo("C-17");
    assertThat(variable(waiting, "reason")).isEqualTo("withdrawn");
    assertThat(variable(waiting, "notes")).isNull();
    assertThat(variable(waiting, "caseId")).isNull();
  }

  @Test
  void shouldSendTheInputMappingsOfASignalEndEventAsTheSignalsVariables() {
    // given a process started by the signal
    deploy(
        Bpmn.createExecutableProcess("onCaseWithdrawn")
            .startEvent("StartEvent_CaseWithdrawn").signal("case-withdrawn-end")
            .serviceTask("ServiceTask_Archive", t -> t.zeebeJobType("archive-withdrawn"))
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess("withdrawingCase")
            .startEvent()
            .endEvent("SignalEnd_CaseWithdrawn", e -> e.signal("case-withdrawn-end")
                .zeebeInputExpression("caseId", "withdrawnCaseId"))
            .done());

    // when an instance ends with the signal
    start("withdrawingCase", Map.of("caseId", "C-18"));

    // then the started instance has the mapped variable
    assertThat(activate("archive-withdrawn")).singleElement()
        .satisfies(job -> assertThat(job.variables()).containsExactlyEntriesOf(Map.of("withdrawnCaseId", "C-18")));
  }

  @Test
  void shouldCatchEscalationEndEventInNonInterruptingEventSubprocess() {
    deploy(Bpmn.createExecutableProcess("escalating")
        .eventSubProcess("SubProcess_Safeguarding", e -> e
            .startEvent("StartEvent_Safeguarding").interrupting(false).escalation("SAFEGUARDING")
            .serviceTask("ServiceTask_AlertManager", t -> t.zeebeJobType("alert-manager"))
            .endEvent())
        .startEvent()
        .parallelGateway("Gateway_Fork")
        .subProcess("SubProcess_Contact")
        .embeddedSubProcess()
        .startEvent()
        .endEvent("EscalationEnd_Safeguarding", e -> e.escalation("SAFEGUARDING"))
        .subProcessDone()
        .endEvent()
        .moveToNode("Gateway_Fork")
        .userTask("UserTask_Keep", u -> u.zeebeUserTask())
        .endEvent()
        .done());

    long instance = start("escalating");

    assertThat(activate("alert-manager")).hasSize(1);
    assertThat(completedElements(instance)).contains("EscalationEnd_Safeguarding", "SubProcess_Contact");
    assertThat(userTasks(instance)).hasSize(1);
  }

  @Test
  void shouldRunCallActivityForEachItem() {
    deploy(
        Bpmn.createExecutableProcess("perParty")
            .startEvent()
            .callActivity("CallActivity_Contact", c -> c.zeebeProcessId("contact")
                .zeebePropagateAllChildVariables(false)
                .zeebeOutputExpression("reached", "reached")
                .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("parties").zeebeInputElement("party")
                    .zeebeOutputCollection("results").zeebeOutputElementExpression("reached")))
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess("contact")
            .startEvent()
            .serviceTask("ServiceTask_Call", t -> t.zeebeJobType("call"))
            .endEvent()
            .done());
    long instance = start("perParty", Map.of("parties", List.of("harmed", "harmer")));

    List<ActivatedJob> jobs = activate("call");
    assertThat(jobs).hasSize(2);
    for (ActivatedJob job : jobs) {
      engine.jobs().complete(job.key(), Map.of("reached", job.variables().get("party").equals("harmed")));
    }

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(childProcessInstances(instance)).isEmpty();
    assertThat(variable(instance, "results")).isEqualTo(List.of(true, false));
  }
}
