package org.amends.engine.api;

import java.util.List;
import org.amends.engine.decision.DecisionEvaluation;

/** A standalone decision evaluation. */
public record DecisionResult(
    long decisionInstanceKey,
    long decisionDefinitionKey,
    String decisionDefinitionId,
    String decisionDefinitionName,
    int decisionDefinitionVersion,
    long decisionRequirementsKey,
    String decisionRequirementsId,
    String tenantId,
    DecisionEvaluation evaluation,
    List<Definition> evaluatedDefinitions) {

  /**
   * The deployed definition of each evaluated decision, in the order of {@code
   * evaluation().evaluatedDecisions()}; null where none is deployed.
   */
  public record Definition(long key, int version) {}
}
