package org.amends.engine.decision;

import java.util.List;

/**
 * The outcome of evaluating a decision, successful or not (a FEEL or DMN failure is a value here,
 * to become an incident or a failed evaluation, never an exception).
 *
 * <p>{@code output} is a plain Java value (null, Boolean, String, Long, BigInteger, Double, List,
 * Map); dates, times and durations are ISO strings, as Zeebe stores them in variables. On failure
 * {@code output} and {@code outputJson} are null, and {@code failedDecisionId} names the decision
 * that failed, which may be one the called decision requires. {@code evaluatedDecisions} lists the
 * decisions evaluated, in order, ending with the called one (or the one that failed).
 */
public record DecisionEvaluation(
    String decisionId,
    String decisionName,
    Object output,
    String outputJson,
    List<EvaluatedDecision> evaluatedDecisions,
    String failureMessage,
    String failedDecisionId) {

  public DecisionEvaluation {
    evaluatedDecisions = List.copyOf(evaluatedDecisions);
  }

  public boolean isFailure() {
    return failureMessage != null;
  }

  static DecisionEvaluation success(
      String decisionId,
      String decisionName,
      Object output,
      String outputJson,
      List<EvaluatedDecision> evaluatedDecisions) {
    return new DecisionEvaluation(
        decisionId, decisionName, output, outputJson, evaluatedDecisions, null, null);
  }

  static DecisionEvaluation failure(
      String decisionId,
      String decisionName,
      String failureMessage,
      String failedDecisionId,
      List<EvaluatedDecision> evaluatedDecisions) {
    return new DecisionEvaluation(
        decisionId, decisionName, null, null, evaluatedDecisions, failureMessage, failedDecisionId);
  }
}
