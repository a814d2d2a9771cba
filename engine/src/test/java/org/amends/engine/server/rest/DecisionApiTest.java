package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.search.response.DecisionInstanceState;
import io.camunda.client.api.search.response.DecisionInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecisionApiTest extends ApiTestSupport {

  @BeforeEach
  void deployDecisions() {
    client.newDeployResourceCommand().addResourceBytes(resource("priority.dmn"), "priority.dmn").send().join();
  }

  @Test
  void shouldEvaluateDecisionById() {
    // when
    EvaluateDecisionResponse response = client.newEvaluateDecisionCommand().decisionId("Priority")
        .variables(Map.of("amount", 1500)).send().join();

    // then
    assertThat(response.getDecisionId()).isEqualTo("Priority");
    assertThat(response.getDecisionOutput()).isEqualTo("\"high\"");
    assertThat(response.getEvaluatedDecisions()).singleElement().satisfies(d -> {
      assertThat(d.getMatchedRules()).singleElement().satisfies(r -> {
        assertThat(r.getRuleId()).isEqualTo("Rule_High");
        assertThat(r.getRuleIndex()).isEqualTo(1);
      });
      assertThat(d.getEvaluatedInputs()).singleElement().satisfies(i -> assertThat(i.getInputValue()).isEqualTo("1500"));
    });
  }

  @Test
  void shouldRecordEvaluatedDecisionsAsInstances() {
    // given
    EvaluateDecisionResponse response = client.newEvaluateDecisionCommand().decisionId("Escalate")
        .variables(Map.of("amount", 10)).send().join();
    assertThat(response.getDecisionOutput()).isEqualTo("false");

    // when
    List<DecisionInstance> instances = client.newDecisionInstanceSearchRequest()
        .filter(f -> f.decisionInstanceKey(response.getDecisionInstanceKey())).send().join().items();

    // then
    assertThat(instances).extracting(DecisionInstance::getDecisionDefinitionId).containsExactly("Priority", "Escalate");
    DecisionInstance priority = client.newDecisionInstanceGetRequest(instances.get(0).getDecisionInstanceId()).send().join();
    assertThat(priority.getState()).isEqualTo(DecisionInstanceState.EVALUATED);
    assertThat(priority.getResult()).isEqualTo("\"low\"");
    assertThat(priority.getMatchedRules()).singleElement().satisfies(r -> assertThat(r.getRuleIndex()).isEqualTo(2));
    assertThat(priority.getEvaluatedInputs()).isNotEmpty();
  }

  @Test
  void shouldSearchDefinitionsRequirementsAndXml() {
    // when
    var definitions = client.newDecisionDefinitionSearchRequest()
        .filter(f -> f.decisionDefinitionId("Priority")).sort(s -> s.version().desc()).send().join();
    var requirements = client.newDecisionRequirementsSearchRequest()
        .filter(f -> f.decisionRequirementsId("Definitions_Priority")).send().join();

    // then
    assertThat(definitions.items()).isNotEmpty();
    var definition = client.newDecisionDefinitionGetRequest(definitions.items().get(0).getDecisionKey()).send().join();
    assertThat(definition.getDmnDecisionName()).isEqualTo("Priority");
    assertThat(client.newDecisionDefinitionGetXmlRequest(definition.getDecisionKey()).send().join())
        .contains("DecisionTable_Priority");
    assertThat(requirements.items()).isNotEmpty();
    assertThat(client.newDecisionRequirementsGetXmlRequest(requirements.items().get(0).getDecisionRequirementsKey())
        .send().join()).contains("Definitions_Priority");
  }

  @Test
  void shouldFindDecisionInstanceOfBusinessRuleTask() {
    // given
    String processId = uniqueId("Process_Rule");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .businessRuleTask("BusinessRuleTask_Priority", t -> t.zeebeCalledDecisionId("Priority").zeebeResultVariable("priority"))
        .endEvent().done());
    long instance = start(processId, Map.of("amount", 5000)).getProcessInstanceKey();

    // when
    List<DecisionInstance> instances = client.newDecisionInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance)).send().join().items();

    // then
    assertThat(instances).singleElement().satisfies(d -> {
      assertThat(d.getDecisionDefinitionId()).isEqualTo("Priority");
      assertThat(d.getResult()).isEqualTo("\"high\"");
      assertThat(d.getProcessInstanceKey()).isEqualTo(instance);
    });
  }

  @Test
  void shouldAnswerNotFoundForUnknownDecision() {
    var problem = problemOf(() -> client.newEvaluateDecisionCommand().decisionId("NoSuchDecision").send().join());
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
  }
}
