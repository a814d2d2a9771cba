package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.state.ElementInstance;
import org.junit.jupiter.api.Test;

class ContainerTest extends EngineTestSupport {

  @Test
  void shouldRunEmbeddedSubprocess() {
    deploy(Bpmn.createExecutableProcess("sub")
        .startEvent()
        .subProcess("SubProcess_Preparation")
        .embeddedSubProcess()
        .startEvent("StartEvent_Inner")
        .serviceTask("ServiceTask_Inner", t -> t.zeebeJobType("inner"))
        .endEvent("EndEvent_Inner")
        .subProcessDone()
        .endEvent("EndEvent_Outer")
        .done());
    long instance = start("sub");

    completeJob("inner", Map.of("prepared", true));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).containsSubsequence("EndEvent_Inner", "SubProcess_Preparation", "EndEvent_Outer");
    assertThat(variable(instance, "prepared")).isEqualTo(true);
  }

  @Test
  void shouldInterruptScopeWithTimerEventSubprocess() {
    deploy(Bpmn.createExecutableProcess("deadline")
        .eventSubProcess("SubProcess_Deadline", e -> e
            .startEvent("StartEvent_Deadline").timerWithDuration("P90D")
            .endEvent("EndEvent_Expired"))
        .startEvent()
        .userTask("UserTask_Work", u -> u.zeebeUserTask())
        .endEvent()
        .done());
    long instance = start("deadline");

    advance(Duration.ofDays(90));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).contains("StartEvent_Deadline", "EndEvent_Expired");
    assertThat(userTasks(instance)).isEmpty();
  }

  @Test
  void shouldCatchEscalationWithoutInterruptingTheThrower() {
    deploy(Bpmn.createExecutableProcess("escalate")
        .startEvent()
        .subProcess("SubProcess_Contact")
        .embeddedSubProcess()
        .startEvent()
        .intermediateThrowEvent("EscalationEvent_Safeguarding", e -> e.escalation("SAFEGUARDING"))
        .serviceTask("ServiceTask_Continue", t -> t.zeebeJobType("continue"))
        .endEvent()
        .subProcessDone()
        .boundaryEvent("BoundaryEvent_Safeguarding", b -> b.cancelActivity(false).escalation("SAFEGUARDING"))
        .serviceTask("ServiceTask_AlertManager", t -> t.zeebeJobType("alert-manager"))
        .endEvent()
        .moveToActivity("SubProcess_Contact")
        .endEvent()
        .done());
    long instance = start("escalate");

    assertThat(activate("alert-manager")).hasSize(1);
    assertThat(activate("continue")).hasSize(1);
    assertThat(isActive(instance)).isTrue();
  }

  @Test
  void shouldEndOnlyTheScopeAtTerminateEndEvent() {
    deploy(Bpmn.createExecutableProcess("terminate")
        .startEvent()
        .parallelGateway("Gateway_Fork")
        .serviceTask("ServiceTask_Slow", t -> t.zeebeJobType("slow"))
        .endEvent()
        .moveToNode("Gateway_Fork")
        .serviceTask("ServiceTask_Decide", t -> t.zeebeJobType("decide"))
        .endEvent("EndEvent_Terminate", e -> e.terminate())
        .done());
    long instance = start("terminate");

    completeJob("decide", Map.of());

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(activate("slow")).isEmpty();
  }

  @Test
  void shouldCallProcessWithMappingsAndPropagateItsVariables() {
    deploy(
        Bpmn.createExecutableProcess("parent")
            .startEvent()
            .callActivity("CallActivity_Contact", c -> c.zeebeProcessId("contactParty")
                .zeebeInputExpression("harmed", "party"))
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess("contactParty")
            .startEvent()
            .serviceTask("ServiceTask_Call", t -> t.zeebeJobType("call-party"))
            .endEvent()
            .done());
    long instance = start("parent", Map.of("harmed", "Sam"));

    var job = activateOne("call-party");
    assertThat(job.variables()).containsEntry("party", "Sam").containsEntry("harmed", "Sam");
    assertThat(job.processInstanceKey()).isNotEqualTo(instance);
    engine.jobs().complete(job.key(), Map.of("reached", true));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(variable(instance, "reached")).isEqualTo(true);
  }

  @Test
  void shouldCancelCalledInstanceWithItsParent() {
    deploy(
        Bpmn.createExecutableProcess("parent")
            .startEvent()
            .callActivity("CallActivity_Child", c -> c.zeebeProcessId("child"))
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess("child")
            .startEvent()
            .serviceTask("ServiceTask_Wait", t -> t.zeebeJobType("wait"))
            .endEvent()
            .done());
    long instance = start("parent");
    ElementInstance child = childProcessInstances(instance).get(0);

    assertThatThrownBy(() -> engine.cancelProcessInstance(child.key))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.INVALID_STATE))
        .hasMessageContaining("Cancel the root process instance '" + instance + "'");
    engine.cancelProcessInstance(instance);

    assertThat(processInstanceState(instance)).isEqualTo("TERMINATED");
    assertThat(processInstanceState(child.key)).isEqualTo("TERMINATED");
    assertThat(activate("wait")).isEmpty();
  }

  @Test
  void shouldRaiseIncidentWhenCalledProcessIsNotDeployed() {
    deploy(Bpmn.createExecutableProcess("parent")
        .startEvent()
        .callActivity("CallActivity_Missing", c -> c.zeebeProcessId("missing"))
        .endEvent()
        .done());

    long instance = start("parent");

    assertThat(incidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType).isEqualTo("CALLED_ELEMENT_ERROR");
      assertThat(incident.errorMessage).contains("'missing'");
    });
  }

  @Test
  void shouldCatchErrorFromCalledProcessOnCallActivityBoundary() {
    deploy(
        Bpmn.createExecutableProcess("parent")
            .startEvent()
            .callActivity("CallActivity_Screen", c -> c.zeebeProcessId("screen"))
            .boundaryEvent("BoundaryEvent_NotSuitable", b -> b.error("NOT_SUITABLE"))
            .endEvent("EndEvent_NotSuitable")
            .moveToActivity("CallActivity_Screen")
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess("screen")
            .startEvent()
            .endEvent("EndEvent_Error", e -> e.error("NOT_SUITABLE"))
            .done());

    long instance = start("parent");

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).contains("BoundaryEvent_NotSuitable", "EndEvent_NotSuitable");
  }

  @Test
  void shouldFollowLinkEvents() {
    deployResource("link.bpmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <bpmn:process id="link" isExecutable="true">
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="StartEvent_1" targetRef="LinkThrow_ToFollowUp"/>
            <bpmn:intermediateThrowEvent id="LinkThrow_ToFollowUp"><bpmn:incoming>f1</bpmn:incoming>
              <bpmn:linkEventDefinition id="l1" name="followUp"/></bpmn:intermediateThrowEvent>
            <bpmn:intermediateCatchEvent id="LinkCatch_FollowUp"><bpmn:outgoing>f2</bpmn:outgoing>
              <bpmn:linkEventDefinition id="l2" name="followUp"/></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f2" sourceRef="LinkCatch_FollowUp" targetRef="EndEvent_FollowedUp"/>
            <bpmn:endEvent id="EndEvent_FollowedUp"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """.strip());

    long instance = start("link");

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).contains("LinkThrow_ToFollowUp", "LinkCatch_FollowUp", "EndEvent_FollowedUp");
  }
}
