package org.amends.engine.processing.task;

import java.util.HashMap;
import java.util.Map;
import org.amends.engine.decision.DecisionEvaluation;
import org.amends.engine.model.CalledDecision;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.DecisionBehavior;
import org.amends.engine.processing.IncidentBehavior;
import org.amends.engine.state.DecisionDefinition;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Incident;

/** A business rule task evaluates its DMN decision (or hands the work to a job worker). */
public final class BusinessRuleTaskProcessor extends AbstractProcessor {

  private final JobWorkerTaskProcessor jobWorker;

  public BusinessRuleTaskProcessor(BpmnRuntime runtime, JobWorkerTaskProcessor jobWorker) {
    super(runtime);
    this.jobWorker = jobWorker;
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    CalledDecision called = element.calledDecision();
    if (called == null) {
      jobWorker.onActivate(instance, element, trigger);
      return;
    }
    Map<String, Object> context = runtime.variables().visible(instance.key);
    String decisionId = runtime.expressions().evaluateString(called.decisionId(), context);
    DecisionDefinition decision = runtime.bindings().decision(decisionId, called.binding(), instance);
    if (decision == null) {
      runtime.incidents().raise(
          instance,
          IncidentBehavior.CALLED_DECISION_ERROR,
          runtime.bindings().notFound("evaluate decision with id", decisionId, called.binding(), instance,
              "Expected to evaluate decision '" + decisionId + "', but no decision found for id '" + decisionId + "'"),
          Incident.Phase.ACTIVATE);
      return;
    }
    DecisionEvaluation evaluation = DecisionBehavior.evaluate(runtime, decision, context, instance).evaluation();
    if (evaluation.isFailure()) {
      runtime.incidents().raise(
          instance, IncidentBehavior.DECISION_EVALUATION_ERROR, evaluation.failureMessage(), Incident.Phase.ACTIVATE);
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(called.resultVariable(), evaluation.output());
    completeNow(instance, variables);
  }

  @Override
  public void onTerminate(ElementInstance instance, ExecutableElement element) {
    jobWorker.onTerminate(instance, element);
  }
}
