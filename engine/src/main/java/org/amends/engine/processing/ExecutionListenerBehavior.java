package org.amends.engine.processing;

import java.util.List;
import java.util.Map;
import org.amends.engine.expression.ExpressionException;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.Listener;
import org.amends.engine.model.ListenerEventType;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Incident;
import org.amends.engine.state.Job;

/**
 * Execution listeners, as Zeebe runs them: the start listeners after the input mappings and
 * before the element does anything, the end listeners after the output mappings and before it
 * completes, one job at a time in the model's order, each blocking the element until it
 * completes. A multi-instance body has none: its inner instances run the element's listeners.
 */
public final class ExecutionListenerBehavior {

  private final BpmnRuntime runtime;

  ExecutionListenerBehavior(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * Starts the event's listeners from the first. Returns whether there are any (the element then
   * waits); a failing type or retries expression propagates as ExpressionException.
   */
  boolean start(ElementInstance instance, ExecutableElement element, ListenerEventType eventType) {
    List<Listener> listeners = listenersOf(instance, element, eventType);
    if (listeners.isEmpty()) {
      return false;
    }
    instance.listenerIndex = 0;
    runtime.jobs().createForListener(instance, element, listeners.get(0), Map.of());
    return true;
  }

  /**
   * A listener's job completed: a start listener's variables become local variables of the
   * element, an end listener's are propagated to its flow scope as output mappings are; then the
   * next listener runs, or the element goes on.
   */
  public void completed(ElementInstance instance, Job job, Map<String, Object> variables) {
    ListenerEventType eventType = ListenerEventType.valueOf(job.listenerEventType);
    ExecutableElement element = runtime.element(instance);
    instance.jobKey = -1;
    if (!variables.isEmpty()) {
      if (eventType == ListenerEventType.END && instance.flowScopeKey >= 0) {
        runtime.variables().propagate(instance.flowScopeKey, variables);
      } else {
        runtime.variables().setLocal(instance, variables);
      }
    }
    instance.listenerIndex++;
    runtime.state().save(instance);
    List<Listener> listeners = listenersOf(instance, element, eventType);
    if (instance.listenerIndex < listeners.size()) {
      try {
        runtime.jobs().createForListener(instance, element, listeners.get(instance.listenerIndex), Map.of());
      } catch (ExpressionException e) {
        // resolved, the event's listeners run again from the first
        runtime.incidents().raise(instance, IncidentBehavior.EXTRACT_VALUE_ERROR, e.getMessage(),
            eventType == ListenerEventType.START ? Incident.Phase.ACTIVATE : Incident.Phase.COMPLETE);
      }
      return;
    }
    if (eventType == ListenerEventType.START) {
      runtime.lifecycle().afterStartListeners(instance);
    } else {
      runtime.lifecycle().afterEndListeners(instance);
    }
  }

  private static List<Listener> listenersOf(ElementInstance instance, ExecutableElement element, ListenerEventType eventType) {
    return instance.type == ElementType.MULTI_INSTANCE_BODY ? List.of() : element.listeners(eventType);
  }
}
