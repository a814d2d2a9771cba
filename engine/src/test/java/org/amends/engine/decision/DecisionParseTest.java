package org.amends.engine.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.camunda.dmn.parser.ParsedDmn;
import org.junit.jupiter.api.Test;

class DecisionParseTest {

  private final DecisionEngine engine = new DecisionEngine();

  @Test
  void shouldParseDecisionRequirementsGraph() {
    // when
    var drg = DmnFixtures.parse(engine, "suitability.dmn");

    // then
    assertThat(drg.id()).isEqualTo("Definitions_Suitability");
    assertThat(drg.name()).isEqualTo("Suitability for a meeting");
    assertThat(drg.resourceName()).isEqualTo("suitability.dmn");
    assertThat(drg.parsed()).isInstanceOf(ParsedDmn.class);
    assertThat(drg.decisions())
        .containsExactly(
            new DecisionInfo("RiskLevel", "Risk level", DecisionType.DECISION_TABLE),
            new DecisionInfo("Suitability", "Suitability", DecisionType.DECISION_TABLE));
  }

  @Test
  void shouldKeepDecisionsInDocumentOrder() {
    // when
    var drg = DmnFixtures.parse(engine, "follow-up.dmn");

    // then
    assertThat(drg.decisions())
        .extracting(DecisionInfo::id, DecisionInfo::type)
        .containsExactly(
            tuple("FollowUpDate", DecisionType.LITERAL_EXPRESSION),
            tuple("FollowUpPlan", DecisionType.LITERAL_EXPRESSION),
            tuple("Today", DecisionType.LITERAL_EXPRESSION));
  }

  @Test
  void shouldReadVersionTag() {
    // when
    var drg = DmnFixtures.parse(engine, "suitability.dmn");

    // then
    assertThat(drg.versionTag("Suitability")).contains("2025-02");
    assertThat(drg.versionTag("RiskLevel")).isEmpty();
  }

  @Test
  void shouldRejectInvalidFeelNamingTheDecision() {
    // given
    byte[] xml = DmnFixtures.read("invalid-expression.dmn");

    // when / then
    assertThatThrownBy(() -> engine.parse("invalid-expression.dmn", xml))
        .isInstanceOf(DecisionParseException.class)
        .hasMessageStartingWith(
            "Expected a DMN resource but 'invalid-expression.dmn' is not valid DMN: decision"
                + " 'Reminder': ")
        .hasMessageContaining("failed to parse expression 'date(meetingDate) +'")
        .extracting(e -> ((DecisionParseException) e).resourceName())
        .isEqualTo("invalid-expression.dmn");
  }

  @Test
  void shouldRejectMalformedXmlNamingTheLine() {
    // given
    byte[] xml = DmnFixtures.read("malformed.dmn");

    // when / then
    assertThatThrownBy(() -> engine.parse("malformed.dmn", xml))
        .isInstanceOf(DecisionParseException.class)
        .hasMessageStartingWith(
            "Expected a DMN resource but 'malformed.dmn' is not valid DMN XML: line 6: ")
        .hasMessageContaining("decision");
  }

  @Test
  void shouldRejectBpmnResource() {
    // given
    byte[] xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1">
          <bpmn:process id="Process_Referral" isExecutable="true" />
        </bpmn:definitions>
        """
            .getBytes(StandardCharsets.UTF_8);

    // when / then
    assertThatThrownBy(() -> engine.parse("referral.dmn", xml))
        .isInstanceOf(DecisionParseException.class)
        .hasMessageStartingWith(
            "Expected a DMN resource but 'referral.dmn' is not valid DMN XML:")
        .hasMessageContaining("bpmn:definitions");
  }

  @Test
  void shouldRejectDecisionWithoutLogic() {
    // given
    byte[] xml =
        """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Empty"
            name="Empty" namespace="http://amends.org/dmn">
          <decision id="Undecided" name="Undecided" />
        </definitions>
        """
            .getBytes(StandardCharsets.UTF_8);

    // when / then
    assertThatThrownBy(() -> engine.parse("empty.dmn", xml))
        .isInstanceOf(DecisionParseException.class)
        .hasMessage(
            "Expected a DMN resource but 'empty.dmn' is not valid DMN: decision 'Undecided':"
                + " unsupported decision expression 'null'");
  }

  @Test
  void shouldRejectEmptyResource() {
    // when / then
    assertThatThrownBy(() -> engine.parse("nothing.dmn", new byte[0]))
        .isInstanceOf(DecisionParseException.class)
        .hasMessageStartingWith("Expected a DMN resource but 'nothing.dmn' is not valid DMN XML:");
  }
}
