package org.amends.engine.decision;

import java.util.List;

/**
 * A rule of a decision table that matched. {@code ruleIndex} is 1-based, as Camunda shows it;
 * {@code ruleId} is null when the rule has no id (the caller may synthesize one, as Zeebe does).
 */
public record MatchedRule(String ruleId, int ruleIndex, List<EvaluatedOutput> outputs) {

  public MatchedRule {
    outputs = List.copyOf(outputs);
  }
}
