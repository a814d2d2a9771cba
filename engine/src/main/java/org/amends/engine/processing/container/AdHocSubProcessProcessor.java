package org.amends.engine.processing.container;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amends.engine.expression.ExpressionException;
import org.amends.engine.model.AdHoc;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.IncidentBehavior;
import org.amends.engine.processing.task.JobWorkerTaskProcessor;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Incident;

/**
 * An ad-hoc subprocess, as Zeebe 8.8 runs it. On entry it activates the inner elements its
 * {@code activeElementsCollection} names (none without one; it then waits), each in an inner
 * instance of its own; more can be activated through the API. Each time an activation completes
 * it collects the output element and checks the completion condition: once it holds, the
 * remaining activations are terminated (or, without {@code cancelRemainingInstances}, awaited)
 * and the subprocess completes; without a condition it completes when nothing inside is active.
 * With a {@code zeebe:taskDefinition} a job worker decides instead (see {@link AdHocJobWorker}).
 */
public final class AdHocSubProcessProcessor extends AbstractProcessor {

  private static final String ACTIVATION_FAILED = "Failed to activate ad-hoc elements. ";

  /** What the activeElementsCollection gave while activating, for the activation to start. */
  private final Map<Long, List<String>> toActivate = new HashMap<>();
  /** What the completion condition gave for the activation completing now. */
  private final Map<Long, Boolean> conditionResults = new HashMap<>();
  private final AdHocJobWorker jobWorker;

  public AdHocSubProcessProcessor(BpmnRuntime runtime, JobWorkerTaskProcessor jobWorker) {
    super(runtime);
    this.jobWorker = new AdHocJobWorker(runtime, jobWorker, this);
  }

  public AdHocJobWorker jobWorker() {
    return jobWorker;
  }

  @Override
  public boolean onActivating(ElementInstance instance, ExecutableElement element) {
    AdHoc adHoc = element.adHoc();
    runtime.variables().setLocal(instance, AdHoc.ELEMENTS_VARIABLE, adHoc.activitiesMetadata());
    if (adHoc.outputCollection() != null && !runtime.variables().local(instance.key).containsKey(adHoc.outputCollection())) {
      runtime.variables().setLocal(instance, adHoc.outputCollection(), new ArrayList<>());
    }
    if (element.isJobWorkerTask() || adHoc.activeElementsCollection() == null) {
      toActivate.put(instance.key, List.of());
      return true;
    }
    List<String> ids;
    try {
      ids = runtime.expressions().evaluateStringList(adHoc.activeElementsCollection(), runtime.variables().visible(instance.key));
    } catch (ExpressionException e) {
      return refuse(instance, ACTIVATION_FAILED + e.getMessage());
    }
    List<String> unknown = ids.stream().filter(id -> !adHoc.activities().containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      return refuse(instance, noSuchElements(unknown));
    }
    toActivate.put(instance.key, ids);
    return true;
  }

  /** Zeebe's message for ids the subprocess has no activatable element for. */
  static String noSuchElements(List<String> ids) {
    return ACTIVATION_FAILED + "No BPMN elements found with ids: "
        + ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + ".";
  }

  private boolean refuse(ElementInstance instance, String message) {
    runtime.incidents().raise(instance, IncidentBehavior.EXTRACT_VALUE_ERROR, message, Incident.Phase.ACTIVATE);
    return false;
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    List<String> ids = toActivate.remove(instance.key);
    if (element.isJobWorkerTask()) {
      jobWorker.askWorker(instance, element);
      return;
    }
    for (String id : ids == null ? List.<String>of() : ids) {
      activate(instance, element, element.adHoc().activities().get(id), Map.of());
    }
  }

  /** Activates one inner element in an inner instance of its own, which holds the given variables. */
  public void activate(ElementInstance adHocInstance, ExecutableElement adHocElement, ExecutableElement inner, Map<String, Object> variables) {
    AdHoc adHoc = adHocElement.adHoc();
    ElementInstance scope = runtime.lifecycle().activateFlowScope(adHocInstance, adHoc.innerInstance());
    String outputVariable = MultiInstanceBodyProcessor.variableNamedBy(adHoc.outputElement());
    if (outputVariable != null) {
      // as for a multi-instance, the output element starts as a local of this activation
      Map<String, Object> output = new HashMap<>();
      output.put(outputVariable, null);
      runtime.variables().setLocal(scope, output);
    }
    runtime.variables().setLocal(scope, variables);
    runtime.lifecycle().activateChild(scope, inner, null);
  }

  /** An activation is completing: collect its output, check the completion condition. */
  void innerCompleting(ElementInstance adHocInstance, ElementInstance inner) {
    AdHoc adHoc = runtime.element(adHocInstance).adHoc();
    if (adHoc.outputCollection() != null && adHoc.outputElement() != null) {
      Object output = runtime.expressions().evaluate(adHoc.outputElement(), runtime.variables().visible(inner.key));
      Object current = runtime.variables().local(adHocInstance.key).get(adHoc.outputCollection());
      if (!(current instanceof List<?> list)) {
        throw new ExpressionException("The output collection has the wrong type. Expected ARRAY but was "
            + (current == null ? "NIL" : current.getClass().getSimpleName().toUpperCase()) + ".", IncidentBehavior.EXTRACT_VALUE_ERROR);
      }
      List<Object> outputs = new ArrayList<>(list);
      outputs.add(output);
      runtime.variables().setLocal(adHocInstance, adHoc.outputCollection(), outputs);
    }
    if (adHoc.completionCondition() != null && !runtime.element(adHocInstance).isJobWorkerTask()) {
      try {
        conditionResults.put(adHocInstance.key,
            runtime.expressions().evaluateBoolean(adHoc.completionCondition(), runtime.variables().visible(adHocInstance.key)));
      } catch (ExpressionException e) {
        throw new ExpressionException("Failed to evaluate completion condition. " + e.getMessage(), IncidentBehavior.EXTRACT_VALUE_ERROR);
      }
    }
  }

  @Override
  public void onChildEnded(ElementInstance scope, ExecutableElement element) {
    Boolean condition = conditionResults.remove(scope.key);
    if (element.isJobWorkerTask()) {
      jobWorker.childEnded(scope, element);
    } else if (Boolean.TRUE.equals(condition)) {
      completionConditionFulfilled(scope, element.adHoc().cancelRemainingInstances());
    } else if (scope.completionConditionFulfilled || element.adHoc().completionCondition() == null) {
      runtime.flows().completeScopeIfDone(scope);
    }
  }

  /** The condition held: complete now, ending what is still active, or once it has ended. */
  void completionConditionFulfilled(ElementInstance scope, boolean cancelRemainingInstances) {
    scope.completionConditionFulfilled = true;
    runtime.state().save(scope);
    if (cancelRemainingInstances) {
      runtime.termination().terminateChildren(scope, null);
    }
    runtime.flows().completeScopeIfDone(scope);
  }

  @Override
  public void onComplete(ElementInstance instance, ExecutableElement element) {
    String outputCollection = element.adHoc().outputCollection();
    if (outputCollection != null) {
      Map<String, Object> propagated = new HashMap<>();
      propagated.put(outputCollection, runtime.variables().local(instance.key).get(outputCollection));
      runtime.variables().propagate(instance.flowScopeKey, propagated);
    }
  }

  @Override
  public void onTerminate(ElementInstance instance, ExecutableElement element) {
    toActivate.remove(instance.key);
    conditionResults.remove(instance.key);
    if (element.isJobWorkerTask()) {
      runtime.jobs().cancel(instance);
    }
  }
}
