package org.amends.engine.decision;

import java.util.List;

/**
 * A decision evaluated on the way to a result: the called decision or one it requires. Inputs and
 * matched rules are empty for decisions that are not decision tables. {@code outputJson} is
 * {@code "null"} for the decision whose evaluation failed.
 */
public record EvaluatedDecision(
    String decisionId,
    String decisionName,
    DecisionType type,
    String outputJson,
    List<EvaluatedInput> inputs,
    List<MatchedRule> matchedRules) {

  public EvaluatedDecision {
    inputs = List.copyOf(inputs);
    matchedRules = List.copyOf(matchedRules);
  }
}
