package org.amends.engine.api;

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
    DecisionEvaluation evaluation) {}
