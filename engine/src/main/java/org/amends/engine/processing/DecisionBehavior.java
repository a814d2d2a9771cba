package org.amends.engine.processing;

import java.util.Map;
import org.amends.engine.decision.DecisionEvaluation;
import org.amends.engine.decision.ParsedDecisionRequirements;
import org.amends.engine.state.DecisionDefinition;
import org.amends.engine.state.DecisionRequirements;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.HistoryEvent;
import org.amends.engine.state.Json;

/** Evaluates a deployed decision and records the evaluation (a decision instance). */
public final class DecisionBehavior {

  public static final String DECISION_EVALUATED = "DECISION_EVALUATED";

  private DecisionBehavior() {}

  /** An evaluation and the key of its record (the decision instance key). */
  public record Evaluated(long decisionInstanceKey, DecisionEvaluation evaluation) {}

  public static Evaluated evaluate(
      BpmnRuntime runtime, DecisionDefinition decision, Map<String, Object> variables, ElementInstance caller) {
    DecisionRequirements drg = runtime.state().decisionRequirements.get(decision.decisionRequirementsKey);
    DecisionEvaluation evaluation =
        runtime.decisions().evaluate((ParsedDecisionRequirements) drg.parsed, decision.decisionId, variables);
    HistoryEvent event = runtime.history(DECISION_EVALUATED, caller, caller == null ? null : caller.elementId);
    event.data.put("decisionDefinitionKey", decision.key);
    event.data.put("decisionDefinitionId", decision.decisionId);
    event.data.put("decisionDefinitionName", decision.name);
    event.data.put("decisionDefinitionVersion", decision.version);
    event.data.put("decisionRequirementsKey", drg.key);
    event.data.put("decisionRequirementsId", drg.decisionRequirementsId);
    event.data.put("tenantId", decision.tenantId);
    event.data.put("evaluation", Json.plain(evaluation));
    event.data.put("failed", evaluation.isFailure());
    return new Evaluated(event.key, evaluation);
  }
}
