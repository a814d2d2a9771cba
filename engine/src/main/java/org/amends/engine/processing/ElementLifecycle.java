package org.amends.engine.processing;

import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.amends.engine.expression.ExpressionException;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ListenerEventType;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ElementState;
import org.amends.engine.state.Incident;
import org.amends.engine.state.ProcessDefinition;

/**
 * The element instance lifecycle shared by every element kind: create, activate and complete,
 * with the legal transitions checked. Termination is in {@link ElementTermination}, tokens moving
 * between elements in {@link SequenceFlows}; the kind specific parts are in the processors.
 */
public final class ElementLifecycle {

  private final BpmnRuntime runtime;

  ElementLifecycle(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  /** Creates and activates a process instance at a start element (the none start event if null). */
  public ElementInstance createProcessInstance(
      ProcessDefinition definition,
      Map<String, Object> variables,
      ExecutableElement startElement,
      ElementInstance parentCallActivity) {
    ExecutableElement start = startElement != null ? startElement : definition.executable.root().noneStartEvent();
    return create(definition, variables, start == null ? Map.of() : Map.of(START_AT, start.id()), parentCallActivity);
  }

  /**
   * Creates a process instance that begins at the elements of its start instructions, each in its
   * flow scopes (an element in a subprocess activates that subprocess first, once for all of them).
   */
  public ElementInstance createProcessInstanceAt(
      ProcessDefinition definition, Map<String, Object> variables, List<String> elementIds) {
    return create(definition, variables, Map.of(START_AT, List.copyOf(elementIds)), null);
  }

  private ElementInstance create(
      ProcessDefinition definition,
      Map<String, Object> variables,
      Map<String, Object> trigger,
      ElementInstance parentCallActivity) {
    ElementInstance instance = new ElementInstance();
    instance.key = runtime.state().newKey();
    instance.processInstanceKey = instance.key;
    instance.processDefinitionKey = definition.key;
    instance.bpmnProcessId = definition.bpmnProcessId;
    instance.version = definition.version;
    instance.elementId = definition.bpmnProcessId;
    instance.elementName = definition.name;
    instance.type = ElementType.PROCESS;
    instance.state = ElementState.ACTIVATING;
    instance.tenantId = definition.tenantId;
    instance.startDate = runtime.clock().now();
    if (parentCallActivity != null) {
      instance.parentProcessInstanceKey = parentCallActivity.processInstanceKey;
      instance.parentElementInstanceKey = parentCallActivity.key;
    }
    runtime.state().save(instance);
    runtime.history("ELEMENT_ACTIVATING", instance, instance.elementId);
    runtime.variables().setLocal(instance, variables);
    runtime.schedule(() -> activate(instance, trigger));
    return instance;
  }

  /** Marks the trigger of a process or event subprocess: which start event to activate. */
  static final String START_AT = "$startAt";

  /** Creates a child instance of the element in the scope and queues its activation. */
  public ElementInstance activateChild(ElementInstance scope, ExecutableElement element, Map<String, Object> trigger) {
    ElementInstance instance = newChild(scope, element, element.multiInstance() != null ? ElementType.MULTI_INSTANCE_BODY : element.type());
    Map<String, Object> triggerVariables = trigger == null ? Map.of() : trigger;
    runtime.schedule(() -> activate(instance, triggerVariables));
    return instance;
  }

  /** An inner instance of a multi-instance body: the element itself, without loop characteristics. */
  public ElementInstance activateInner(ElementInstance body, ExecutableElement element, Map<String, Object> localVariables) {
    ElementInstance instance = newChild(body, element, element.type());
    runtime.variables().setLocal(instance, localVariables);
    runtime.schedule(() -> activate(instance, Map.of()));
    return instance;
  }

  /**
   * A flow scope created by a modification: ACTIVATED at once with its event subscriptions, but
   * not started (no input mappings, no start event), as Zeebe creates the missing flow scopes of
   * an element it activates.
   */
  public ElementInstance activateFlowScope(ElementInstance scope, ExecutableElement element) {
    ElementInstance instance = newChild(scope, element, element.type());
    transition(instance, ElementState.ACTIVATED);
    if (opensBoundaryEvents(instance, element)) {
      runtime.events().openBoundaryEvents(instance, element);
    }
    runtime.events().openEventSubprocesses(instance, element);
    return instance;
  }

  private ElementInstance newChild(ElementInstance scope, ExecutableElement element, ElementType type) {
    ElementInstance instance = new ElementInstance();
    instance.key = runtime.state().newKey();
    instance.processInstanceKey = scope.processInstanceKey;
    instance.processDefinitionKey = scope.processDefinitionKey;
    instance.bpmnProcessId = scope.bpmnProcessId;
    instance.version = scope.version;
    instance.elementId = element.id();
    instance.elementName = element.name();
    instance.type = type;
    instance.state = ElementState.ACTIVATING;
    instance.flowScopeKey = scope.key;
    instance.tenantId = scope.tenantId;
    instance.startDate = runtime.clock().now();
    runtime.state().save(instance);
    scope.activeChildren++;
    runtime.state().save(scope);
    runtime.history("ELEMENT_ACTIVATING", instance, element.id());
    return instance;
  }

  /**
   * Applies input mappings, runs the start listeners, opens the element's event subscriptions and
   * lets its processor act.
   */
  void activate(ElementInstance instance, Map<String, Object> trigger) {
    if (instance.state != ElementState.ACTIVATING) {
      return;
    }
    ExecutableElement element = runtime.element(instance);
    try {
      if (instance.type != ElementType.MULTI_INSTANCE_BODY && instance.type != ElementType.PROCESS) {
        runtime.variables().applyInputMappings(instance, element);
      }
    } catch (ExpressionException e) {
      runtime.incidents().raise(instance, IncidentBehavior.IO_MAPPING_ERROR, e.getMessage(), Incident.Phase.ACTIVATE);
      return;
    }
    try {
      if (runtime.executionListeners().start(instance, element, ListenerEventType.START)) {
        instance.listenerTrigger = trigger.isEmpty() ? null : new HashMap<>(trigger);
        runtime.state().save(instance);
        return;
      }
    } catch (ExpressionException e) {
      runtime.incidents().raise(instance, IncidentBehavior.EXTRACT_VALUE_ERROR, e.getMessage(), Incident.Phase.ACTIVATE);
      return;
    }
    continueActivating(instance, element, trigger);
  }

  /** The element's start listeners completed: it goes on activating with what triggered it. */
  void afterStartListeners(ElementInstance instance) {
    Map<String, Object> trigger = instance.listenerTrigger == null ? Map.of() : instance.listenerTrigger;
    instance.listenerTrigger = null;
    runtime.state().save(instance);
    continueActivating(instance, runtime.element(instance), trigger);
  }

  private void continueActivating(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    try {
      if (!runtime.processors().of(instance).onActivating(instance, element)) {
        return;
      }
    } catch (ExpressionException e) {
      runtime.incidents().raise(instance, IncidentBehavior.EXTRACT_VALUE_ERROR, e.getMessage(), Incident.Phase.ACTIVATE);
      return;
    }
    transition(instance, ElementState.ACTIVATED);
    try {
      if (opensBoundaryEvents(instance, element)) {
        runtime.events().openBoundaryEvents(instance, element);
      }
      if (instance.type.isContainer()) {
        runtime.events().openEventSubprocesses(instance, element);
      }
      runtime.processors().of(instance).onActivate(instance, element, trigger);
    } catch (ExpressionException e) {
      runtime.incidents().raise(instance, IncidentBehavior.EXTRACT_VALUE_ERROR, e.getMessage(), Incident.Phase.ACTIVATE);
    }
  }

  /** Re-runs an activation that failed (incident resolved). */
  public void retryActivation(ElementInstance instance) {
    if (instance.state == ElementState.ACTIVATING) {
      activate(instance, instance.listenerTrigger == null ? Map.of() : instance.listenerTrigger);
    } else if (instance.state == ElementState.ACTIVATED) {
      ExecutableElement element = runtime.element(instance);
      runtime.events().closeSubscriptions(instance);
      try {
        if (opensBoundaryEvents(instance, element)) {
          runtime.events().openBoundaryEvents(instance, element);
        }
        if (instance.type.isContainer()) {
          runtime.events().openEventSubprocesses(instance, element);
        }
        runtime.processors().of(instance).onActivate(instance, element, Map.of());
      } catch (ExpressionException e) {
        runtime.incidents().raise(instance, IncidentBehavior.EXTRACT_VALUE_ERROR, e.getMessage(), Incident.Phase.ACTIVATE);
      }
    }
  }

  private static boolean opensBoundaryEvents(ElementInstance instance, ExecutableElement element) {
    if (element.boundaryEvents().isEmpty()) {
      return false;
    }
    // With multi-instance, boundary events belong to the body, not to each inner instance.
    return element.multiInstance() == null || instance.type == ElementType.MULTI_INSTANCE_BODY;
  }

  /** Completes an activated element with the variables its work produced. */
  public void complete(ElementInstance instance, Map<String, Object> completionVariables) {
    if (instance.state != ElementState.ACTIVATED) {
      return;
    }
    transition(instance, ElementState.COMPLETING);
    continueCompleting(instance, completionVariables);
  }

  /** The completing phase; also what runs again when its incident is resolved. */
  public void continueCompleting(ElementInstance instance, Map<String, Object> completionVariables) {
    ExecutableElement element = runtime.element(instance);
    BpmnElementProcessor processor = runtime.processors().of(instance);
    ElementInstance body = multiInstanceBodyOf(instance);
    try {
      if (instance.type != ElementType.MULTI_INSTANCE_BODY && instance.type != ElementType.PROCESS) {
        runtime.variables().applyOutput(instance, element, completionVariables);
      } else if (!completionVariables.isEmpty()) {
        runtime.variables().setLocal(instance, completionVariables);
      }
      processor.onComplete(instance, element);
      if (body != null) {
        runtime.processors().multiInstance().innerCompleting(body, instance);
      }
    } catch (ExpressionException e) {
      runtime.incidents().raise(instance, e.errorType(IncidentBehavior.IO_MAPPING_ERROR), e.getMessage(), Incident.Phase.COMPLETE);
      return;
    }
    runtime.events().closeSubscriptions(instance);
    try {
      if (runtime.executionListeners().start(instance, element, ListenerEventType.END)) {
        return;
      }
    } catch (ExpressionException e) {
      runtime.incidents().raise(instance, IncidentBehavior.EXTRACT_VALUE_ERROR, e.getMessage(), Incident.Phase.COMPLETE);
      return;
    }
    afterEndListeners(instance);
  }

  /** The element's end listeners completed (or it has none): it completes and moves on. */
  void afterEndListeners(ElementInstance instance) {
    ExecutableElement element = runtime.element(instance);
    ElementInstance body = multiInstanceBodyOf(instance);
    finish(instance, ElementState.COMPLETED);
    runtime.compensations().completed(instance, element);
    if (body != null) {
      // Inner instances of a multi-instance body hand back to the body instead of moving on.
      runtime.processors().multiInstance().innerEnded(body, element);
    } else {
      runtime.processors().of(instance).afterComplete(instance, element);
    }
  }

  ElementInstance multiInstanceBodyOf(ElementInstance instance) {
    if (instance.flowScopeKey < 0) {
      return null;
    }
    ElementInstance scope = runtime.state().elementInstance(instance.flowScopeKey);
    return scope != null && scope.type == ElementType.MULTI_INSTANCE_BODY ? scope : null;
  }

  /** Ends the instance in its final state; its flow scope has one active child less. */
  void finish(ElementInstance instance, ElementState finalState) {
    transition(instance, finalState);
    instance.endDate = runtime.clock().now();
    runtime.variables().removeScope(instance.key);
    runtime.state().save(instance);
    if (instance.isProcessInstance() && instance.startCorrelationKey != null && !instance.startCorrelationKey.isEmpty()) {
      // its correlation key is free again for the process's message start events
      runtime.schedule(() -> runtime.messages().startByBufferedMessage(instance));
    }
    if (instance.flowScopeKey >= 0) {
      ElementInstance scope = runtime.state().elementInstance(instance.flowScopeKey);
      if (scope != null) {
        scope.activeChildren = Math.max(0, scope.activeChildren - 1);
        runtime.state().save(scope);
      }
    }
  }

  void transition(ElementInstance instance, ElementState next) {
    if (!instance.state.canTransitionTo(next)) {
      throw new IllegalStateException(
          "illegal transition of " + instance + " from " + instance.state + " to " + next);
    }
    instance.state = next;
    runtime.state().save(instance);
    runtime.history("ELEMENT_" + next.name(), instance, instance.elementId);
  }
}
