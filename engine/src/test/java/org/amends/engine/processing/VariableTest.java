package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.ActivatedJob;
import org.junit.jupiter.api.Test;

class VariableTest extends EngineTestSupport {

  @Test
  void shouldApplyInputMappingsAsLocalVariables() {
    deploy(Bpmn.createExecutableProcess("io")
        .startEvent()
        .serviceTask("ServiceTask_Email", t -> t.zeebeJobType("email")
            .zeebeInputExpression("party.email", "to")
            .zeebeInputExpression("\"Dear \" + party.name", "greeting"))
        .endEvent()
        .done());
    long instance = start("io", Map.of("party", Map.of("name", "Sam", "email", "sam@example.org")));

    ActivatedJob job = activateOne("email");

    assertThat(job.variables()).containsEntry("to", "sam@example.org").containsEntry("greeting", "Dear Sam");
    assertThat(processVariables(instance)).doesNotContainKeys("to", "greeting");
  }

  @Test
  void shouldApplyOutputMappingsToTheFlowScope() {
    deploy(Bpmn.createExecutableProcess("io")
        .startEvent()
        .serviceTask("ServiceTask_Check", t -> t.zeebeJobType("check")
            .zeebeOutputExpression("result.duplicate", "isDuplicate")
            .zeebeOutputExpression("result.cases[1]", "openCase"))
        .endEvent()
        .done());
    long instance = start("io");

    completeJob("check", Map.of("result", Map.of("duplicate", true, "cases", List.of("C-9"))));

    assertThat(variable(instance, "isDuplicate")).isEqualTo(true);
    assertThat(variable(instance, "openCase")).isEqualTo("C-9");
    assertThat(query("select count(*) from engine.variable where process_instance_key = ? and data->>'name' = 'result'"
        + " and (data->>'scopeKey')::bigint = process_instance_key", instance)).containsExactly("0");
  }

  @Test
  void shouldPropagateToTheNearestScopeThatHasTheVariable() {
    deploy(Bpmn.createExecutableProcess("scopes")
        .startEvent()
        .subProcess("SubProcess_Prep", s -> s.zeebeInputExpression("0", "meetings"))
        .embeddedSubProcess()
        .startEvent()
        .serviceTask("ServiceTask_Count", t -> t.zeebeJobType("count"))
        .userTask("UserTask_Wait", u -> u.zeebeUserTask())
        .endEvent()
        .subProcessDone()
        .endEvent()
        .done());
    long instance = start("scopes");

    completeJob("count", Map.of("meetings", 2, "caseNote", "prepared"));

    assertThat(processVariables(instance)).containsEntry("caseNote", "prepared").doesNotContainKey("meetings");
    long subprocess = engine.read(s -> s.elementInstances.values().stream()
        .filter(i -> i.elementId.equals("SubProcess_Prep")).findFirst().orElseThrow().key);
    String meetings = engine.read(s -> s.variables(subprocess).get("meetings").value);
    assertThat(meetings).isEqualTo("2");
  }

  @Test
  void shouldSetVariablesLocallyOrPropagated() {
    deploy(Bpmn.createExecutableProcess("set")
        .startEvent()
        .subProcess("SubProcess_A", s -> s.zeebeInputExpression("\"x\"", "local"))
        .embeddedSubProcess()
        .startEvent()
        .userTask("UserTask_A", u -> u.zeebeUserTask())
        .endEvent()
        .subProcessDone()
        .endEvent()
        .done());
    long instance = start("set");
    long subprocess = engine.read(s -> s.elementInstances.values().stream()
        .filter(i -> i.elementId.equals("SubProcess_A")).findFirst().orElseThrow().key);

    engine.setVariables(subprocess, Map.of("onlyHere", 1), true);
    engine.setVariables(subprocess, Map.of("local", "y", "everywhere", 2), false);

    assertThat(processVariables(instance)).containsEntry("everywhere", 2L).doesNotContainKeys("onlyHere", "local");
    java.util.Set<String> local = engine.read(s -> java.util.Set.copyOf(s.variables(subprocess).keySet()));
    String localValue = engine.read(s -> s.variables(subprocess).get("local").value);
    assertThat(local).contains("onlyHere", "local");
    assertThat(localValue).isEqualTo("\"y\"");
  }

  @Test
  void shouldRaiseIncidentWhenInputMappingFails() {
    deploy(Bpmn.createExecutableProcess("bad")
        .startEvent()
        .serviceTask("ServiceTask_X", t -> t.zeebeJobType("x").zeebeInputExpression("assert(party, party != null)", "p"))
        .endEvent()
        .done());

    long instance = start("bad");

    assertThat(incidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType).isEqualTo("IO_MAPPING_ERROR");
      assertThat(incident.elementId).isEqualTo("ServiceTask_X");
    });

    engine.setVariables(instance, Map.of("party", "victim"), false);
    engine.resolveIncident(incidents(instance).get(0).key);
    assertThat(activateOne("x").variables()).containsEntry("p", "victim");
  }
}
