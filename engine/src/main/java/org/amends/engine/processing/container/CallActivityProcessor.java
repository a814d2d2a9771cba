package org.amends.engine.processing.container;

import java.util.LinkedHashMap;
import java.util.Map;
import org.amends.engine.model.CalledProcess;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.IncidentBehavior;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Incident;
import org.amends.engine.state.ProcessDefinition;

/** Starts the latest version of the called process and completes when that instance does. */
public final class CallActivityProcessor extends AbstractProcessor {

  public CallActivityProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    Map<String, Object> visible = runtime.variables().visible(instance.key);
    CalledProcess calledProcess = element.calledProcess();
    String processId = runtime.expressions().evaluateString(calledProcess.processId(), visible);
    ProcessDefinition called = runtime.bindings().process(processId, calledProcess.binding(), instance);
    if (called == null) {
      runtime.incidents().raise(
          instance,
          IncidentBehavior.CALLED_ELEMENT_ERROR,
          runtime.bindings().notFound("call process with BPMN process id", processId, calledProcess.binding(), instance,
              "Expected process with BPMN process id '" + processId + "' to be deployed, but not found."),
          Incident.Phase.ACTIVATE);
      return;
    }
    if (called.executable.root().noneStartEvent() == null) {
      runtime.incidents().raise(
          instance,
          IncidentBehavior.CALLED_ELEMENT_ERROR,
          "Expected process with BPMN process id '" + processId + "' to have a none start event, but not found.",
          Incident.Phase.ACTIVATE);
      return;
    }
    Map<String, Object> variables = calledProcess.propagateAllParentVariables()
        ? visible
        : runtime.variables().local(instance.key);
    ElementInstance child = runtime.lifecycle().createProcessInstance(called, new LinkedHashMap<>(variables), null, instance);
    instance.calledProcessInstanceKey = child.key;
    runtime.state().save(instance);
  }

  /** The called instance completed: its variables come back as the call activity's output. */
  void childCompleted(ElementInstance child, Map<String, Object> childVariables) {
    ElementInstance callActivity = runtime.state().elementInstance(child.parentElementInstanceKey);
    if (callActivity == null) {
      return;
    }
    ExecutableElement element = runtime.element(callActivity);
    Map<String, Object> output = element.calledProcess().propagateAllChildVariables() || !element.outputMappings().isEmpty()
        ? childVariables
        : Map.of();
    runtime.lifecycle().complete(callActivity, output);
  }

  /** Terminates the called instance; the call activity ends once that instance has (ElementTermination). */
  @Override
  public void onTerminate(ElementInstance instance, ExecutableElement element) {
    if (instance.calledProcessInstanceKey >= 0) {
      ElementInstance child = runtime.state().elementInstance(instance.calledProcessInstanceKey);
      if (child != null) {
        runtime.termination().terminate(child);
      }
    }
  }
}
