package org.amends.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionRequirementsEvaluationTest {

  private final DecisionEngine engine = new DecisionEngine();

  @Test
  void shouldEvaluateRequiredDecisionFirst() {
    // given
    var drg = DmnFixtures.parse(engine, "suitability.dmn");

    // when
    var result =
        engine.evaluate(
            drg, "Suitability", Map.of("harmCategory", "violence", "consentGiven", true));

    // then
    assertThat(result.isFailure()).isFalse();
    assertThat(result.output()).isEqualTo("indirect");
    assertThat(result.evaluatedDecisions())
        .extracting(EvaluatedDecision::decisionId, EvaluatedDecision::outputJson)
        .containsExactly(
            tuple("RiskLevel", "\"high\""),
            tuple("Suitability", "\"indirect\""));
    // the required decision's result is an input of the one that requires it
    assertThat(result.evaluatedDecisions().get(1).inputs())
        .containsExactly(
            new EvaluatedInput("Input_Consent", "Both parties consent", "true"),
            new EvaluatedInput("Input_Risk", "Risk level", "\"high\""));
    assertThat(result.evaluatedDecisions().get(1).matchedRules())
        .extracting(MatchedRule::ruleId)
        .containsExactly("Rule_HighRisk");
  }

  @Test
  void shouldNameFailedRequiredDecision() {
    // given
    var drg = DmnFixtures.parse(engine, "suitability.dmn");

    // when: the required decision asserts that harmCategory is present
    var result = engine.evaluate(drg, "Suitability", Map.of("consentGiven", true));

    // then
    assertThat(result.isFailure()).isTrue();
    assertThat(result.failureMessage())
        .isEqualTo(
            "Expected to evaluate decision 'Suitability', but Assertion failure on evaluate the"
                + " expression 'assert(harmCategory, harmCategory != null)': The condition is not"
                + " fulfilled");
    assertThat(result.failedDecisionId()).isEqualTo("RiskLevel");
    assertThat(result.decisionId()).isEqualTo("Suitability");
    assertThat(result.evaluatedDecisions())
        .extracting(EvaluatedDecision::decisionId, EvaluatedDecision::outputJson)
        .containsExactly(tuple("RiskLevel", "null"));
  }

  @Test
  void shouldFailForUnknownDecision() {
    // given
    var drg = DmnFixtures.parse(engine, "suitability.dmn");

    // when
    var result = engine.evaluate(drg, "Eligibility", Map.of());

    // then
    assertThat(result.isFailure()).isTrue();
    assertThat(result.failureMessage())
        .isEqualTo(
            "Expected to evaluate decision 'Eligibility', but no decision found with id"
                + " 'Eligibility'");
    assertThat(result.failedDecisionId()).isEqualTo("Eligibility");
    assertThat(result.decisionName()).isNull();
    assertThat(result.evaluatedDecisions()).isEmpty();
  }

  @Test
  void shouldEvaluateWithoutVariables() {
    // given
    var drg = DmnFixtures.parse(engine, "contact-method.dmn");

    // when
    var result = engine.evaluate(drg, "ContactMethod", null);

    // then
    assertThat(result.isFailure()).isFalse();
    assertThat(result.output()).isEqualTo("phone");
  }
}
