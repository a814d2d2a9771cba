package org.amends.engine.processing;

import java.util.HashMap;
import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.state.ElementInstance;

/** How a process instance begins: at the start event its trigger names, with its variables. */
public final class ProcessStart {

  private ProcessStart() {}

  public static void activateStart(
      BpmnRuntime runtime, ElementInstance processInstance, ExecutableElement process, Map<String, Object> trigger) {
    Map<String, Object> variables = new HashMap<>(trigger);
    Object startAt = variables.remove(ElementLifecycle.START_AT);
    ExecutableElement start = startAt == null
        ? process.noneStartEvent()
        : runtime.process(processInstance.processDefinitionKey).element(startAt.toString());
    if (start == null) {
      runtime.lifecycle().completeScopeIfDone(processInstance);
      return;
    }
    runtime.lifecycle().activateChild(processInstance, start, variables);
  }

  /** The trigger that makes a new process instance begin at the given start event. */
  public static Map<String, Object> at(ExecutableElement startEvent, Map<String, Object> variables) {
    Map<String, Object> trigger = new HashMap<>(variables == null ? Map.of() : variables);
    trigger.put(ElementLifecycle.START_AT, startEvent.id());
    return trigger;
  }
}
