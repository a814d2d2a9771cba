package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.DecisionResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecisionAndScriptTest extends EngineTestSupport {

  @BeforeEach
  void deployDecision() throws IOException {
    try (InputStream dmn = getClass().getResourceAsStream("/decision/contact-method.dmn")) {
      deployResource("contact-method.dmn", new String(dmn.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void shouldEvaluateCalledDecisionIntoResultVariable() {
    deploy(Bpmn.createExecutableProcess("contact")
        .startEvent()
        .businessRuleTask("BusinessRuleTask_ContactMethod", t -> t
            .zeebeCalledDecisionId("ContactMethod").zeebeResultVariable("contactMethod"))
        .endEvent()
        .done());

    long instance = start("contact", Map.of("victimPreference", "none", "victimAge", 15));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(variable(instance, "contactMethod")).isEqualTo("guardian-call");
    assertThat(query("select count(*) from engine.history_event where state = 'DECISION_EVALUATED' and process_instance_key = ?", instance))
        .containsExactly("1");
  }

  @Test
  void shouldRaiseIncidentWhenCalledDecisionIsMissing() {
    deploy(Bpmn.createExecutableProcess("missing")
        .startEvent()
        .businessRuleTask("BusinessRuleTask_X", t -> t.zeebeCalledDecisionId("Nope").zeebeResultVariable("r"))
        .endEvent()
        .done());

    long instance = start("missing");

    assertThat(incidents(instance)).singleElement().satisfies(i -> {
      assertThat(i.errorType).isEqualTo("CALLED_DECISION_ERROR");
      assertThat(i.errorMessage).contains("'Nope'");
    });
  }

  @Test
  void shouldEvaluateScriptTaskExpression() {
    deploy(Bpmn.createExecutableProcess("script")
        .startEvent()
        .scriptTask("ScriptTask_FollowUpDate", t -> t
            .zeebeExpression("date(meetingDate) + duration(\"P42D\")").zeebeResultVariable("followUpDate"))
        .endEvent()
        .done());

    long instance = start("script", Map.of("meetingDate", "2026-01-10"));

    assertThat(variable(instance, "followUpDate")).isEqualTo("2026-02-21");
  }

  @Test
  void shouldEvaluateDecisionStandalone() {
    DecisionResult result = engine.evaluateDecision(null, "ContactMethod", Map.of("victimPreference", "letter", "victimAge", 40), null);

    assertThat(result.evaluation().output()).isEqualTo("letter");
    assertThat(result.decisionDefinitionId()).isEqualTo("ContactMethod");
    assertThat(result.decisionInstanceKey()).isPositive();
  }

  @Test
  void shouldRejectStandaloneEvaluationOfUnknownDecision() {
    assertThatThrownBy(() -> engine.evaluateDecision(null, "Unknown", Map.of(), null))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.NOT_FOUND));
  }
}
