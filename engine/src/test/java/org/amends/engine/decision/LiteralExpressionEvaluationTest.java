package org.amends.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiteralExpressionEvaluationTest {

  private final DecisionEngine engine = new DecisionEngine();

  @Test
  void shouldEvaluateLiteralExpression() {
    // given
    var drg = DmnFixtures.parse(engine, "follow-up.dmn");

    // when
    var result = engine.evaluate(drg, "FollowUpDate", Map.of("meetingDate", "2025-03-01"));

    // then: a date becomes the ISO string Zeebe would store in the variable
    assertThat(result.isFailure()).isFalse();
    assertThat(result.output()).isEqualTo("2025-03-29");
    assertThat(result.outputJson()).isEqualTo("\"2025-03-29\"");
    var decision = result.evaluatedDecisions().get(0);
    assertThat(decision.decisionId()).isEqualTo("FollowUpDate");
    assertThat(decision.decisionName()).isEqualTo("Follow-up date");
    assertThat(decision.type()).isEqualTo(DecisionType.LITERAL_EXPRESSION);
    assertThat(decision.outputJson()).isEqualTo("\"2025-03-29\"");
    assertThat(decision.inputs()).isEmpty();
    assertThat(decision.matchedRules()).isEmpty();
  }

  @Test
  void shouldAcceptJavaTimeVariables() {
    // given
    var drg = DmnFixtures.parse(engine, "follow-up.dmn");

    // when
    var result =
        engine.evaluate(drg, "FollowUpDate", Map.of("meetingDate", LocalDate.of(2025, 12, 20)));

    // then
    assertThat(result.output()).isEqualTo("2026-01-17");
  }

  @Test
  void shouldConvertContextToPlainJavaValues() {
    // given
    var drg = DmnFixtures.parse(engine, "follow-up.dmn");

    // when
    var result = engine.evaluate(drg, "FollowUpPlan", Map.of("meetingDate", "2025-03-01"));

    // then
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("followUpOn", "2025-03-29");
    expected.put("reminderDays", List.of(7L, 14L));
    expected.put("hoursPerCall", 0.5);
    expected.put("notes", null);
    expected.put("callWithin", "P2D");
    assertThat(result.output()).isEqualTo(expected);
    assertThat(result.outputJson())
        .contains("\"reminderDays\":[7,14]", "\"hoursPerCall\":0.5", "\"notes\":null");
  }

  @Test
  void shouldEvaluateMissingVariableAsNull() {
    // given: FEEL treats an unknown variable as null, as Zeebe 8.8 does
    var drg = DmnFixtures.parse(engine, "follow-up.dmn");

    // when
    var result = engine.evaluate(drg, "FollowUpDate", Map.of());

    // then
    assertThat(result.isFailure()).isFalse();
    assertThat(result.output()).isNull();
    assertThat(result.outputJson()).isEqualTo("null");
  }

  @Test
  void shouldReadTodayFromTheGivenClock() {
    // given
    var clock = Clock.fixed(Instant.parse("2025-02-03T10:15:30Z"), ZoneOffset.UTC);
    var pinnedEngine = new DecisionEngine(clock);
    var drg = DmnFixtures.parse(pinnedEngine, "follow-up.dmn");

    // when
    var result = pinnedEngine.evaluate(drg, "Today", Map.of());

    // then
    assertThat(result.output()).isEqualTo("2025-02-03");
  }
}
