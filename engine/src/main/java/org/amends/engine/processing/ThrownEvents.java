package org.amends.engine.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Incident;

/**
 * What throwing elements do: a signal is broadcast; an error or escalation looks for its nearest
 * catch, scope by scope outwards, in Zeebe's order of precedence; a link continues at its catch.
 */
public final class ThrownEvents {

  private final BpmnRuntime runtime;

  ThrownEvents(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * What a throwing event does for its signal or escalation. Returns true when the element is
   * finished with (an interrupting escalation catch ended it), false when it should complete.
   */
  public boolean throwFrom(ElementInstance instance, ExecutableElement element) {
    switch (element.eventType()) {
      case SIGNAL -> {
        // as in Zeebe, the signal carries the thrower's local variables: its input mappings
        runtime.signals().broadcast(
            runtime.expressions().evaluateString(element.event().signalName(), runtime.variables().visible(instance.key)),
            runtime.variables().local(instance.key),
            instance.tenantId);
        return false;
      }
      case ESCALATION -> {
        return throwEscalation(instance, element.event().escalationCode());
      }
      default -> {
        return false;
      }
    }
  }

  /** Looks for the nearest catch of the error; without one, an incident on the thrower. */
  public boolean throwError(ElementInstance thrower, String code, String message, Map<String, Object> variables) {
    for (ElementInstance current = thrower; current != null; current = parentOf(current)) {
      ExecutableElement found = errorCatch(catchEventsOf(current), code);
      if (found != null) {
        catchAt(current, found, variables);
        return true;
      }
    }
    String text = message == null || message.isEmpty() ? "" : message;
    runtime.incidents().raise(
        thrower,
        IncidentBehavior.UNHANDLED_ERROR_EVENT,
        "Expected to throw an error event with the code '" + code + "' with message '" + text
            + "', but it was not caught. No error events are available in the scope.",
        Incident.Phase.ACTIVATE);
    return false;
  }

  /**
   * The catch events of one element instance in Zeebe's order of precedence (its
   * CatchEventAnalyzer): the start events of its event subprocesses first, last declared first,
   * then its boundary events. An interrupted scope starts no more event subprocesses, and the
   * inner instances of a multi-instance leave boundary events to the body.
   */
  private List<ExecutableElement> catchEventsOf(ElementInstance instance) {
    ExecutableElement element = runtime.element(instance);
    List<ExecutableElement> events = new ArrayList<>();
    if (instance.type.isContainer() && !instance.interrupted) {
      element.eventSubprocesses().forEach(subprocess -> events.add(0, subprocess.startEvents().get(0)));
    }
    if (isActivityLike(instance) && !isInnerOfMultiInstance(instance)) {
      events.addAll(element.boundaryEvents());
    }
    return events;
  }

  /** Triggers the catch event found on the instance: an interrupting boundary event once the instance ended. */
  private void catchAt(ElementInstance instance, ExecutableElement catchEvent, Map<String, Object> variables) {
    if (catchEvent.type() == ElementType.BOUNDARY_EVENT) {
      if (catchEvent.interrupting()) {
        runtime.termination().interrupt(instance, catchEvent, variables);
      } else {
        runtime.lifecycle().activateChild(runtime.state().elementInstance(instance.flowScopeKey), catchEvent, variables);
      }
    } else {
      runtime.events().triggerEventSubprocess(instance, catchEvent.flowScope(), catchEvent, variables);
    }
  }

  private ElementInstance parentOf(ElementInstance instance) {
    if (instance.isProcessInstance()) {
      return instance.parentElementInstanceKey >= 0
          ? runtime.state().elementInstance(instance.parentElementInstanceKey)
          : null;
    }
    return runtime.state().elementInstance(instance.flowScopeKey);
  }

  private boolean isInnerOfMultiInstance(ElementInstance instance) {
    ElementInstance scope = instance.flowScopeKey >= 0 ? runtime.state().elementInstance(instance.flowScopeKey) : null;
    return scope != null && scope.type == ElementType.MULTI_INSTANCE_BODY;
  }

  private static boolean isActivityLike(ElementInstance instance) {
    return switch (instance.type) {
      case SERVICE_TASK, SEND_TASK, SCRIPT_TASK, BUSINESS_RULE_TASK, USER_TASK, RECEIVE_TASK,
          SUB_PROCESS, AD_HOC_SUB_PROCESS, CALL_ACTIVITY, MULTI_INSTANCE_BODY -> true;
      default -> false;
    };
  }

  private static ExecutableElement errorCatch(List<ExecutableElement> candidates, String code) {
    ExecutableElement catchAll = null;
    for (ExecutableElement candidate : candidates) {
      if (candidate.eventType() != EventType.ERROR) {
        continue;
      }
      if (candidate.event().errorCode() == null || candidate.event().errorCode().isEmpty()) {
        catchAll = catchAll == null ? candidate : catchAll;
      } else if (candidate.event().errorCode().equals(code)) {
        return candidate;
      }
    }
    return catchAll;
  }

  /**
   * Looks for the nearest catch of the escalation. Returns true when an interrupting catch
   * ended the thrower; a non-interrupting catch (or none) lets the thrower go on.
   */
  public boolean throwEscalation(ElementInstance thrower, String code) {
    for (ElementInstance current = parentOf(thrower); current != null; current = parentOf(current)) {
      ExecutableElement found = escalationCatch(catchEventsOf(current), code);
      if (found != null) {
        catchAt(current, found, Map.of());
        return found.interrupting();
      }
    }
    return false;
  }

  private static ExecutableElement escalationCatch(List<ExecutableElement> candidates, String code) {
    ExecutableElement catchAll = null;
    for (ExecutableElement candidate : candidates) {
      if (candidate.eventType() != EventType.ESCALATION) {
        continue;
      }
      if (candidate.event().escalationCode() == null || candidate.event().escalationCode().isEmpty()) {
        catchAll = catchAll == null ? candidate : catchAll;
      } else if (candidate.event().escalationCode().equals(code)) {
        return candidate;
      }
    }
    return catchAll;
  }

  /** A link throw event continues at the link catch event of the same name in its scope. */
  public void followLink(ElementInstance thrower, ExecutableElement element) {
    ElementInstance scope = runtime.state().elementInstance(thrower.flowScopeKey);
    if (scope == null) {
      return;
    }
    for (ExecutableElement candidate : element.flowScope().children()) {
      if (candidate.type() == ElementType.INTERMEDIATE_CATCH_EVENT
          && candidate.eventType() == EventType.LINK
          && candidate.event().linkName() != null
          && candidate.event().linkName().equals(element.event().linkName())) {
        runtime.lifecycle().activateChild(scope, candidate, Map.of());
        return;
      }
    }
    runtime.flows().childEnded(scope);
  }
}
