package org.amends.engine.processing.container;

import java.util.HashMap;
import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.ProcessStart;
import org.amends.engine.state.ElementInstance;

/** The process instance: starts at its start event, ends when nothing is left inside it. */
public final class ProcessProcessor extends AbstractProcessor {

  /** Variables of finished child processes, handed to their call activity after completion. */
  private final Map<Long, Map<String, Object>> endedWithVariables = new HashMap<>();

  public ProcessProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    ProcessStart.activateStart(runtime, instance, element, trigger);
  }

  @Override
  public void onComplete(ElementInstance instance, ExecutableElement element) {
    Map<String, Object> variables = runtime.variables().local(instance.key);
    runtime.listener().processInstanceCompleted(instance, variables);
    if (instance.parentElementInstanceKey >= 0) {
      endedWithVariables.put(instance.key, variables);
    }
  }

  @Override
  public void afterComplete(ElementInstance instance, ExecutableElement element) {
    if (instance.parentElementInstanceKey >= 0) {
      Map<String, Object> variables = endedWithVariables.remove(instance.key);
      runtime.processors().callActivity().childCompleted(instance, variables == null ? Map.of() : variables);
    }
  }

  @Override
  public void onChildEnded(ElementInstance scope, ExecutableElement element) {
    runtime.flows().completeScopeIfDone(scope);
  }
}
