package org.amends.engine.processing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ElementState;
import org.amends.engine.state.MessageSubscription;
import org.amends.engine.state.SignalSubscription;
import org.amends.engine.state.Timer;

/**
 * Event subscriptions: opened for the events an element or scope waits for (boundary events,
 * event subprocesses, catch events, the events after an event-based gateway), closed when it
 * ends, and the continuation once one of them is triggered. The kinds live in
 * {@link TimerBehavior}, {@link MessageCorrelation} and {@link SignalBehavior}; thrown events in
 * {@link ThrownEvents}.
 */
public final class EventBehavior {

  private final BpmnRuntime runtime;
  /** Event-based gateways: which event fired; the event's variables wait for its activation. */
  private final Map<Long, String> gatewayChoices = new HashMap<>();
  private final Map<String, Map<String, Object>> pendingTriggers = new HashMap<>();

  EventBehavior(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  // ---- opening and closing subscriptions

  public void openBoundaryEvents(ElementInstance instance, ExecutableElement element) {
    for (ExecutableElement boundary : element.boundaryEvents()) {
      subscribe(instance, boundary);
    }
  }

  public void openEventSubprocesses(ElementInstance scope, ExecutableElement element) {
    for (ExecutableElement subprocess : element.eventSubprocesses()) {
      subscribe(scope, subprocess.startEvents().get(0));
    }
  }

  /** An intermediate catch event or receive task waits for its own event. */
  public void openCatch(ElementInstance instance, ExecutableElement element) {
    subscribe(instance, element);
  }

  /** An event-based gateway waits for one of the events after it. */
  public void openCatchFor(ElementInstance gateway, ExecutableElement event) {
    subscribe(gateway, event);
  }

  private void subscribe(ElementInstance owner, ExecutableElement event) {
    switch (event.eventType()) {
      case TIMER -> runtime.timers().createTimer(owner, event);
      case MESSAGE -> runtime.messages().openSubscription(owner, event);
      case SIGNAL -> runtime.signals().openSubscription(owner, event);
      default -> {
        // errors and escalations are looked up when thrown
      }
    }
  }

  public void closeSubscriptions(ElementInstance owner) {
    closeSubscriptions(owner, id -> true);
  }

  private void closeSubscriptions(ElementInstance owner, Predicate<String> elementIds) {
    for (Timer timer : runtime.state().timersOf(owner.key)) {
      if (elementIds.test(timer.elementId)) {
        timer.live = false;
        runtime.state().save(timer);
      }
    }
    for (MessageSubscription subscription : runtime.state().messageSubscriptionsOf(owner.key)) {
      if (subscription.state == MessageSubscription.State.CREATED
          && elementIds.test(subscription.elementId)) {
        subscription.state = MessageSubscription.State.DELETED;
        subscription.lastUpdatedDate = runtime.clock().now();
        runtime.state().save(subscription);
      }
    }
    for (SignalSubscription subscription : runtime.state().signalSubscriptionsOf(owner.key)) {
      if (elementIds.test(subscription.elementId)) {
        subscription.live = false;
        runtime.state().save(subscription);
      }
    }
  }

  /** An event the owner waited for happened: continue at the element that caught it. */
  public void trigger(ElementInstance owner, ExecutableElement event, Map<String, Object> variables) {
    if (owner.state != ElementState.ACTIVATED) {
      return;
    }
    ExecutableElement ownerElement = runtime.element(owner);
    if (event == ownerElement) {
      runtime.lifecycle().complete(owner, variables);
    } else if (event.type() == ElementType.BOUNDARY_EVENT) {
      if (event.interrupting()) {
        runtime.termination().interrupt(owner, event, variables);
      } else {
        runtime.lifecycle().activateChild(runtime.state().elementInstance(owner.flowScopeKey), event, variables);
      }
    } else if (event.type() == ElementType.START_EVENT
        && event.flowScope() != null
        && event.flowScope().type() == ElementType.EVENT_SUB_PROCESS) {
      triggerEventSubprocess(owner, event.flowScope(), event, variables);
    } else if (owner.type == ElementType.EVENT_BASED_GATEWAY) {
      gatewayChoices.put(owner.key, event.id());
      pendingTriggers.put(owner.flowScopeKey + ":" + event.id(), variables);
      runtime.lifecycle().complete(owner, Map.of());
    }
  }

  /**
   * Starts an event subprocess of the scope. An interrupting one ends the scope's other children
   * first and starts once they have terminated; no other event subprocess of the scope starts then.
   */
  void triggerEventSubprocess(
      ElementInstance scope, ExecutableElement subprocess, ExecutableElement start, Map<String, Object> variables) {
    if (!start.interrupting()) {
      runtime.lifecycle().activateChild(scope, subprocess, variables);
      return;
    }
    if (scope.interrupted) {
      return;
    }
    scope.interrupted = true;
    List<String> starts = runtime.element(scope).eventSubprocesses().stream()
        .map(s -> s.startEvents().get(0).id())
        .toList();
    closeSubscriptions(scope, starts::contains);
    runtime.termination().interruptScope(scope, subprocess, variables);
  }

  public String takeGatewayChoice(ElementInstance gateway) {
    return gatewayChoices.remove(gateway.key);
  }

  public Map<String, Object> takePendingTrigger(ElementInstance catchEvent) {
    return pendingTriggers.remove(catchEvent.flowScopeKey + ":" + catchEvent.elementId);
  }
}
