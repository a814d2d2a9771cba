package org.amends.engine.processing.container;

import java.util.List;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.api.AdHocJobResult;
import org.amends.engine.model.AdHoc;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.task.JobWorkerTaskProcessor;
import org.amends.engine.state.ElementInstance;

/**
 * The job worker implementation of an ad-hoc subprocess ({@code zeebe:taskDefinition} on it), as
 * in Zeebe 8.8: on entry, and again each time something inside it ends, it has one job for the
 * worker, who answers with an {@code adHocSubProcess} job result: elements to activate, or that the
 * completion condition is fulfilled (never both).
 */
public final class AdHocJobWorker {

  private final BpmnRuntime runtime;
  private final JobWorkerTaskProcessor jobs;
  private final AdHocSubProcessProcessor adHoc;

  AdHocJobWorker(BpmnRuntime runtime, JobWorkerTaskProcessor jobs, AdHocSubProcessProcessor adHoc) {
    this.runtime = runtime;
    this.jobs = jobs;
    this.adHoc = adHoc;
  }

  /** A new job for the worker: there is only ever one, so an older one is cancelled. */
  void askWorker(ElementInstance instance, ExecutableElement element) {
    runtime.jobs().cancel(instance);
    jobs.onActivate(instance, element, Map.of());
  }

  /** Something inside ended: the worker decides again, unless the subprocess is completing. */
  void childEnded(ElementInstance scope, ExecutableElement element) {
    if (scope.completionConditionFulfilled) {
      runtime.flows().completeScopeIfDone(scope);
    } else {
      askWorker(scope, element);
    }
  }

  /** The worker completed the job of the ad-hoc subprocess with its result. */
  public void jobCompleted(ElementInstance instance, Map<String, Object> variables, AdHocJobResult result) {
    ExecutableElement element = runtime.element(instance);
    AdHoc settings = element.adHoc();
    AdHocJobResult decision = result == null ? new AdHocJobResult(List.of(), false, false) : result;
    if (decision.completionConditionFulfilled() && !decision.activateElements().isEmpty()) {
      throw EngineException.invalidArgument(
          "Expected to complete the job of ad-hoc sub-process '" + instance.elementId
              + "' with either elements to activate or a fulfilled completion condition, but both were given.");
    }
    List<String> unknown = decision.activateElements().stream()
        .map(AdHocJobResult.ActivateElement::elementId)
        .filter(id -> !settings.activities().containsKey(id))
        .toList();
    if (!unknown.isEmpty()) {
      throw EngineException.notFound(AdHocSubProcessProcessor.noSuchElements(unknown));
    }
    if (variables != null && !variables.isEmpty()) {
      runtime.variables().propagate(instance.key, variables);
    }
    for (AdHocJobResult.ActivateElement activation : decision.activateElements()) {
      adHoc.activate(instance, element, settings.activities().get(activation.elementId()), activation.variables());
    }
    if (decision.completionConditionFulfilled()) {
      adHoc.completionConditionFulfilled(instance, decision.cancelRemainingInstances());
    }
  }
}
