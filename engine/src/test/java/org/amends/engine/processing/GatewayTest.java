package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import java.util.Map;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.processing.IncidentBehavior;
import org.amends.engine.state.ElementState;
import org.amends.engine.state.Incident;
import org.junit.jupiter.api.Test;

class GatewayTest extends EngineTestSupport {

  private static BpmnModelInstance exclusive(boolean withDefault) {
    var gateway = Bpmn.createExecutableProcess("route")
        .startEvent("StartEvent_1")
        .exclusiveGateway("Gateway_Route");
    var builder = gateway
        .sequenceFlowId("Flow_Conference").conditionExpression("= route = \"conference\"")
        .endEvent("EndEvent_Conference")
        .moveToNode("Gateway_Route")
        .sequenceFlowId("Flow_Letters").conditionExpression("= route = \"letters\"")
        .endEvent("EndEvent_Letters");
    if (withDefault) {
      builder = ((io.camunda.zeebe.model.bpmn.builder.ExclusiveGatewayBuilder) builder.moveToNode("Gateway_Route"))
          .defaultFlow().sequenceFlowId("Flow_Other").endEvent("EndEvent_Other");
    }
    return builder.done();
  }

  @Test
  void shouldSplitOnExclusiveGateway() {
    // given
    deploy(exclusive(true));

    // when
    long instance = start("route", Map.of("route", "letters"));

    // then
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).containsExactly("StartEvent_1", "Gateway_Route", "EndEvent_Letters");
    assertThat(takenFlows(instance)).contains("Flow_Letters").doesNotContain("Flow_Conference", "Flow_Other");
  }

  @Test
  void shouldTakeDefaultFlowWhenNoConditionHolds() {
    deploy(exclusive(true));

    long instance = start("route", Map.of("route", "panel"));

    assertThat(completedElements(instance)).containsExactly("StartEvent_1", "Gateway_Route", "EndEvent_Other");
  }

  @Test
  void shouldRaiseIncidentWhenNoConditionHoldsAndNoDefault() {
    // given
    deploy(exclusive(false));

    // when
    long instance = start("route", Map.of("route", "panel"));

    // then
    assertThat(incidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType).isEqualTo(IncidentBehavior.CONDITION_ERROR);
      assertThat(incident.elementId).isEqualTo("Gateway_Route");
      assertThat(incident.errorMessage).isEqualTo(IncidentBehavior.NO_CONDITION_MET);
    });
    assertThat(activeElements(instance)).containsExactly("Gateway_Route");
  }

  @Test
  void shouldRaiseTheGatewayIncidentWhileTheGatewayIsStillActivating() {
    // given (as in Zeebe, the conditions are evaluated before the gateway is activated)
    deploy(exclusive(false));

    // when
    long instance = start("route", Map.of("route", "panel"));

    // then
    assertThat(incidents(instance)).hasSize(1);
    List<ElementState> states = engine.read(s -> s.elementInstances.values().stream()
        .filter(i -> i.processInstanceKey == instance && i.elementId.equals("Gateway_Route"))
        .map(i -> i.state).toList());
    assertThat(states).containsExactly(ElementState.ACTIVATING);
    assertThat(query("select state from engine.history_event where process_instance_key = ? and data->>'elementId' = ?"
        + " order by key", instance, "Gateway_Route"))
        .doesNotContain("ELEMENT_ACTIVATED");
  }

  @Test
  void shouldContinueWhenConditionIncidentIsResolvedAfterFixingVariables() {
    deploy(exclusive(false));
    long instance = start("route", Map.of("route", "panel"));
    Incident incident = incidents(instance).get(0);

    engine.setVariables(instance, Map.of("route", "conference"), true);
    engine.resolveIncident(incident.key);

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).contains("EndEvent_Conference");
  }

  @Test
  void shouldForkAndJoinOnParallelGateway() {
    // given
    deploy(Bpmn.createExecutableProcess("parallel")
        .startEvent()
        .parallelGateway("Gateway_Fork")
        .serviceTask("ServiceTask_A", t -> t.zeebeJobType("a"))
        .parallelGateway("Gateway_Join")
        .endEvent("EndEvent_Done")
        .moveToNode("Gateway_Fork")
        .serviceTask("ServiceTask_B", t -> t.zeebeJobType("b"))
        .connectTo("Gateway_Join")
        .done());
    long instance = start("parallel");
    assertThat(activeElements(instance)).containsExactly("ServiceTask_A", "ServiceTask_B");

    // when
    completeJob("a", Map.of());

    // then the join waits for the second branch
    assertThat(activeElements(instance)).containsExactly("ServiceTask_B");
    assertThat(isActive(instance)).isTrue();

    completeJob("b", Map.of());
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).containsOnlyOnce("Gateway_Join", "EndEvent_Done");
  }

  @Test
  void shouldForkOnInclusiveGatewayAndJoinOnlyTheTakenBranches() {
    // given
    deploy(Bpmn.createExecutableProcess("inclusive")
        .startEvent()
        .inclusiveGateway("Gateway_Fork")
        .sequenceFlowId("Flow_Victim").conditionExpression("= victim")
        .serviceTask("ServiceTask_Victim", t -> t.zeebeJobType("victim"))
        .inclusiveGateway("Gateway_Join")
        .endEvent("EndEvent_Done")
        .moveToNode("Gateway_Fork")
        .sequenceFlowId("Flow_Harmer").conditionExpression("= harmer")
        .serviceTask("ServiceTask_Harmer", t -> t.zeebeJobType("harmer"))
        .connectTo("Gateway_Join")
        .moveToNode("Gateway_Fork")
        .sequenceFlowId("Flow_Supporter").conditionExpression("= supporter")
        .serviceTask("ServiceTask_Supporter", t -> t.zeebeJobType("supporter"))
        .connectTo("Gateway_Join")
        .done());

    // when
    long instance = start("inclusive", Map.of("victim", true, "harmer", true, "supporter", false));

    // then
    assertThat(activeElements(instance)).containsExactly("ServiceTask_Victim", "ServiceTask_Harmer");
    completeJob("victim", Map.of());
    assertThat(isActive(instance)).isTrue();
    completeJob("harmer", Map.of());
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).containsOnlyOnce("Gateway_Join");
  }

  @Test
  void shouldRaiseIncidentWhenConditionFailsToEvaluate() {
    deploy(Bpmn.createExecutableProcess("bad")
        .startEvent()
        .exclusiveGateway("Gateway_X")
        .sequenceFlowId("Flow_1").conditionExpression("= count > 3")
        .endEvent()
        .moveToNode("Gateway_X")
        .sequenceFlowId("Flow_2").conditionExpression("= count <= 3")
        .endEvent()
        .done());

    long instance = start("bad", Map.of("count", "many"));

    assertThat(incidents(instance)).singleElement().satisfies(incident ->
        assertThat(incident.errorMessage).contains("count > 3").contains("BOOLEAN"));
  }
}
