package org.amends.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InvocationEvaluationTest {

  private final DecisionEngine engine = new DecisionEngine();

  @Test
  void shouldEvaluateInvocationOfBusinessKnowledgeModel() {
    // given
    var drg = DmnFixtures.parse(engine, "review-days.dmn");

    // when
    var result = engine.evaluate(drg, "ReviewDays", Map.of("risk", "high"));

    // then: the knowledge model is audited by dmn-scala but is not a decision instance
    assertThat(result.isFailure()).isFalse();
    assertThat(result.output()).isEqualTo(7L);
    assertThat(result.evaluatedDecisions())
        .extracting(EvaluatedDecision::decisionId, EvaluatedDecision::type)
        .containsExactly(tuple("ReviewDays", DecisionType.INVOCATION));
    assertThat(drg.decisions())
        .containsExactly(
            new DecisionInfo("ReviewDays", "Days until review", DecisionType.INVOCATION));
  }
}
