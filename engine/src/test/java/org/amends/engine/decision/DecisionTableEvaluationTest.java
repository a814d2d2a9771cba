package org.amends.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DecisionTableEvaluationTest {

  private final DecisionEngine engine = new DecisionEngine();

  @Test
  void shouldEvaluateDecisionTableWithFirstHitPolicy() {
    // given
    var drg = DmnFixtures.parse(engine, "contact-method.dmn");

    // when: the letter rule and the under-18 rule both match
    var result =
        engine.evaluate(
            drg, "ContactMethod", Map.of("victimPreference", "letter", "victimAge", 16));

    // then
    assertThat(result.isFailure()).isFalse();
    assertThat(result.decisionId()).isEqualTo("ContactMethod");
    assertThat(result.decisionName()).isEqualTo("How to contact the victim");
    assertThat(result.output()).isEqualTo("letter");
    assertThat(result.outputJson()).isEqualTo("\"letter\"");

    var decision = result.evaluatedDecisions().get(0);
    assertThat(decision.type()).isEqualTo(DecisionType.DECISION_TABLE);
    assertThat(decision.inputs())
        .containsExactly(
            new EvaluatedInput("Input_Preference", "Victim's preference", "\"letter\""),
            new EvaluatedInput("Input_Age", "Victim's age", "16"));
    assertThat(decision.matchedRules())
        .containsExactly(
            new MatchedRule(
                "Rule_Letter",
                1,
                List.of(
                    new EvaluatedOutput("Output_ContactMethod", "contactMethod", "\"letter\""))));
  }

  @Test
  void shouldReportRuleIndexOfLaterMatchingRule() {
    // given
    var drg = DmnFixtures.parse(engine, "contact-method.dmn");

    // when
    var result =
        engine.evaluate(drg, "ContactMethod", Map.of("victimPreference", "phone", "victimAge", 40));

    // then
    assertThat(result.output()).isEqualTo("phone");
    assertThat(result.evaluatedDecisions().get(0).matchedRules())
        .extracting(MatchedRule::ruleId, MatchedRule::ruleIndex)
        .containsExactly(tuple("Rule_Phone", 3));
  }

  @Test
  void shouldEvaluateDecisionTableWithUniqueHitPolicyAndCompoundOutput() {
    // given
    var drg = DmnFixtures.parse(engine, "risk-level.dmn");

    // when
    var result =
        engine.evaluate(
            drg, "RiskLevel", Map.of("harmCategory", "property", "repeatVictim", true));

    // then
    assertThat(result.output()).isEqualTo(Map.of("riskLevel", "medium", "reviewWithinDays", 14L));
    assertThat(result.outputJson()).isEqualTo("{\"riskLevel\":\"medium\",\"reviewWithinDays\":14}");
    var rule = result.evaluatedDecisions().get(0).matchedRules().get(0);
    assertThat(rule.ruleId()).isEqualTo("Rule_RepeatProperty");
    assertThat(rule.ruleIndex()).isEqualTo(2);
    assertThat(rule.outputs())
        .containsExactly(
            new EvaluatedOutput("Output_RiskLevel", "riskLevel", "\"medium\""),
            new EvaluatedOutput("Output_ReviewWithinDays", "reviewWithinDays", "14"));
  }

  @Test
  void shouldReturnNullWhenNoRuleMatches() {
    // given
    var drg = DmnFixtures.parse(engine, "risk-level.dmn");

    // when
    var result =
        engine.evaluate(drg, "RiskLevel", Map.of("harmCategory", "online", "repeatVictim", false));

    // then
    assertThat(result.isFailure()).isFalse();
    assertThat(result.output()).isNull();
    assertThat(result.outputJson()).isEqualTo("null");
    assertThat(result.evaluatedDecisions().get(0).matchedRules()).isEmpty();
  }

  @Test
  void shouldFailWhenRulesOfUniqueTableOverlap() {
    // given
    var drg = DmnFixtures.parse(engine, "overlapping-rules.dmn");

    // when
    var result =
        engine.evaluate(
            drg, "RiskLevel", Map.of("harmCategory", "property", "repeatVictim", true));

    // then
    assertThat(result.isFailure()).isTrue();
    assertThat(result.failureMessage())
        .startsWith("Expected to evaluate decision 'RiskLevel', but ")
        .contains("multiple values aren't allowed for UNIQUE hit policy");
    assertThat(result.failedDecisionId()).isEqualTo("RiskLevel");
    assertThat(result.output()).isNull();
    assertThat(result.outputJson()).isNull();
    // the audit still shows both matches, which is what an analyst needs to fix the table
    assertThat(result.evaluatedDecisions()).hasSize(1);
    assertThat(result.evaluatedDecisions().get(0).matchedRules())
        .extracting(MatchedRule::ruleIndex)
        .containsExactly(1, 2);
    assertThat(result.evaluatedDecisions().get(0).outputJson()).isEqualTo("null");
  }

  @Test
  void shouldEvaluateDecisionTableWithCollectHitPolicy() {
    // given
    var drg = DmnFixtures.parse(engine, "support-needs.dmn");

    // when
    var result =
        engine.evaluate(
            drg,
            "Adjustments",
            Map.of("age", 16, "interpreterLanguage", "Polish", "disability", true));

    // then
    assertThat(result.output())
        .isEqualTo(List.of("appropriate-adult", "interpreter", "accessible-venue"));
    assertThat(result.outputJson())
        .isEqualTo("[\"appropriate-adult\",\"interpreter\",\"accessible-venue\"]");
    var decision = result.evaluatedDecisions().get(0);
    assertThat(decision.matchedRules()).extracting(MatchedRule::ruleIndex).containsExactly(1, 2, 3);
    // an unlabelled column is named by its expression
    assertThat(decision.inputs())
        .extracting(EvaluatedInput::inputName)
        .containsExactly("Age", "Interpreter language", "disability");
  }

  @Test
  void shouldReturnNullWhenCollectMatchesNoRule() {
    // given
    var drg = DmnFixtures.parse(engine, "support-needs.dmn");
    Map<String, Object> variables = new HashMap<>();
    variables.put("age", 30);
    variables.put("interpreterLanguage", null);
    variables.put("disability", false);

    // when
    var result = engine.evaluate(drg, "Adjustments", variables);

    // then: dmn-scala (and so Zeebe) gives null, not an empty list
    assertThat(result.isFailure()).isFalse();
    assertThat(result.output()).isNull();
    assertThat(result.outputJson()).isEqualTo("null");
    assertThat(result.evaluatedDecisions().get(0).inputs())
        .extracting(EvaluatedInput::valueJson)
        .containsExactly("30", "null", "false");
  }

  @Test
  void shouldSumCollectedOutputs() {
    // given
    var drg = DmnFixtures.parse(engine, "support-needs.dmn");

    // when
    var fractional =
        engine.evaluate(drg, "PreparationHours", Map.of("age", 16, "interpreterLanguage", "Urdu"));
    var whole = engine.evaluate(drg, "PreparationHours", Map.of("age", 16));

    // then
    assertThat(fractional.output()).isEqualTo(4.5);
    assertThat(fractional.outputJson()).isEqualTo("4.5");
    assertThat(whole.output()).isEqualTo(3L);
    assertThat(whole.outputJson()).isEqualTo("3");
    assertThat(whole.evaluatedDecisions().get(0).matchedRules())
        .extracting(MatchedRule::ruleId)
        .containsExactly("Rule_BaseHours", "Rule_YoungPersonHours");
  }

  @Test
  void shouldEvaluateConcurrentlyWithOneEngine() throws Exception {
    // given: one engine and one parsed DRG shared by all threads, as in the engine
    var drg = DmnFixtures.parse(engine, "contact-method.dmn");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      // when
      List<Future<Object>> outputs =
          IntStream.range(0, 400)
              .mapToObj(
                  i ->
                      pool.submit(
                          () ->
                              engine
                                  .evaluate(
                                      drg,
                                      "ContactMethod",
                                      Map.of("victimPreference", "phone", "victimAge", i % 30))
                                  .output()))
              .toList();

      // then
      for (int i = 0; i < outputs.size(); i++) {
        assertThat(outputs.get(i).get()).isEqualTo(i % 30 < 18 ? "guardian-call" : "phone");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
