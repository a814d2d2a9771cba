package org.amends.engine.processing.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.api.DecisionResult;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.DecisionBehavior;
import org.amends.engine.state.DecisionDefinition;
import org.amends.engine.state.DecisionRequirements;

/** Evaluating a decision on its own, outside any process instance. */
public final class DecisionCommands {

  private DecisionCommands() {}

  /** Evaluates the latest version of a decision (by id) or the given one (by key). */
  public static DecisionResult evaluate(
      BpmnRuntime runtime, Long decisionKey, String decisionId, Map<String, Object> variables) {
    DecisionDefinition decision = decisionKey != null
        ? runtime.state().decisionDefinitions.get(decisionKey)
        : decisionId == null ? null : runtime.state().latestDecision(decisionId);
    if (decision == null || decision.deleted) {
      throw EngineException.notFound(decisionKey != null
          ? "Expected to evaluate decision with key '" + decisionKey + "', but no such decision was found"
          : "Expected to evaluate decision '" + decisionId + "', but no decision found for id '" + decisionId + "'");
    }
    DecisionBehavior.Evaluated evaluated = DecisionBehavior.evaluate(runtime, decision, variables == null ? Map.of() : variables, null);
    if (evaluated.evaluation().isFailure()) {
      throw EngineException.invalidArgument(evaluated.evaluation().failureMessage());
    }
    DecisionRequirements drg = runtime.state().decisionRequirements.get(decision.decisionRequirementsKey);
    List<DecisionResult.Definition> definitions = new ArrayList<>();
    for (var evaluatedDecision : evaluated.evaluation().evaluatedDecisions()) {
      definitions.add(runtime.state().decisionDefinitions.values().stream()
          .filter(d -> d.decisionRequirementsKey == drg.key && d.decisionId.equals(evaluatedDecision.decisionId()))
          .findFirst().map(d -> new DecisionResult.Definition(d.key, d.version)).orElse(null));
    }
    return new DecisionResult(
        evaluated.decisionInstanceKey(), decision.key, decision.decisionId, decision.name, decision.version,
        drg.key, drg.decisionRequirementsId, decision.tenantId, evaluated.evaluation(), definitions);
  }
}
