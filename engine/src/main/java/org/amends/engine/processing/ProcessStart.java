package org.amends.engine.processing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    if (startAt instanceof List<?> elementIds) {
      activateInstructed(runtime, processInstance, process, elementIds);
      return;
    }
    ExecutableElement start = startAt == null
        ? process.noneStartEvent()
        : runtime.process(processInstance.processDefinitionKey).element(startAt.toString());
    if (start == null) {
      runtime.flows().completeScopeIfDone(processInstance);
      return;
    }
    runtime.lifecycle().activateChild(processInstance, start, variables);
  }

  /** Whether the trigger carries start instructions: the scope begins at those elements, not at its start event. */
  public static boolean isInstructed(Map<String, Object> trigger) {
    return trigger.get(ElementLifecycle.START_AT) instanceof List<?>;
  }

  /**
   * Activates the instructed elements in the scope, in their order, as Zeebe's element activation
   * does: an element directly in the scope at once; one deeper inside through the child scope
   * that holds it, activated once for every element within it, which then goes on the same way.
   */
  private static void activateInstructed(
      BpmnRuntime runtime, ElementInstance scope, ExecutableElement scopeElement, List<?> elementIds) {
    var process = runtime.process(scope.processDefinitionKey);
    Map<String, List<String>> withinChildScope = new LinkedHashMap<>();
    for (Object id : elementIds) {
      ExecutableElement element = process.element(id.toString());
      ExecutableElement child = childScopeHolding(element, scopeElement);
      if (child != element) {
        withinChildScope.computeIfAbsent(child.id(), k -> new ArrayList<>()).add(element.id());
      }
    }
    for (Object id : elementIds) {
      ExecutableElement element = process.element(id.toString());
      ExecutableElement child = childScopeHolding(element, scopeElement);
      if (child == element) {
        runtime.lifecycle().activateChild(scope, element, Map.of());
      } else {
        List<String> inner = withinChildScope.remove(child.id());
        if (inner != null) {
          runtime.lifecycle().activateChild(scope, child, Map.of(ElementLifecycle.START_AT, inner));
        }
      }
    }
  }

  /** The element itself when it is directly in the scope, else the child scope of the scope it is in. */
  private static ExecutableElement childScopeHolding(ExecutableElement element, ExecutableElement scopeElement) {
    ExecutableElement current = element;
    while (current.flowScope() != null && !current.flowScope().id().equals(scopeElement.id())) {
      current = current.flowScope();
    }
    return current;
  }

  /** The trigger that makes a new process instance begin at the given start event. */
  public static Map<String, Object> at(ExecutableElement startEvent, Map<String, Object> variables) {
    Map<String, Object> trigger = new HashMap<>(variables == null ? Map.of() : variables);
    trigger.put(ElementLifecycle.START_AT, startEvent.id());
    return trigger;
  }
}
