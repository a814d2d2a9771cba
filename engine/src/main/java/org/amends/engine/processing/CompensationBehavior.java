package org.amends.engine.processing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.state.CompensationSubscription;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ElementState;

/**
 * Compensation as Zeebe runs it. A completed activity with a compensation boundary event leaves a
 * subscription behind, and so does a subprocess that completes with such activities inside it. A
 * compensation throw or end event triggers the subscriptions of its scope (or of one activity),
 * top to bottom into completed subprocesses, starting each handler in the thrower's scope, and
 * waits until every handler it started has completed. What completed inside a terminated scope
 * can no longer be compensated; nothing can once the process instance has ended.
 */
public final class CompensationBehavior {

  /** The flow scopes that keep the subscriptions of what completed inside them. */
  private static final Set<ElementType> SCOPES = Set.of(
      ElementType.SUB_PROCESS, ElementType.MULTI_INSTANCE_BODY,
      ElementType.AD_HOC_SUB_PROCESS, ElementType.AD_HOC_SUB_PROCESS_INNER_INSTANCE);

  /** Most recently completed first: handlers start in the reverse order of completion. */
  private static final Comparator<CompensationSubscription> LATEST_FIRST =
      Comparator.comparingLong((CompensationSubscription s) -> s.key).reversed();

  private final BpmnRuntime runtime;

  CompensationBehavior(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  // ---- subscriptions follow the element lifecycle

  /** An element instance completed: it may become compensable, or finish a compensation it handled. */
  public void completed(ElementInstance instance, ExecutableElement element) {
    if (instance.isProcessInstance()) {
      deleteAll(instance.processInstanceKey);
      return;
    }
    if (element.isForCompensation() && hasActive()) {
      handlerCompleted(instance);
    }
    ExecutableElement boundary = compensationBoundaryOf(element);
    boolean compensable = boundary != null
        && (element.multiInstance() == null || instance.type == ElementType.MULTI_INSTANCE_BODY);
    if (compensable || (SCOPES.contains(instance.type) && hasSubscriptionIn(instance.processInstanceKey, instance.key))) {
      subscribe(instance, compensable ? boundary.compensation().handler().id() : null);
    }
  }

  /** An element instance was terminated: nothing that completed inside it is compensated any more. */
  public void terminated(ElementInstance instance) {
    if (!hasActive()) {
      return;
    }
    if (instance.isProcessInstance()) {
      deleteAll(instance.processInstanceKey);
    } else {
      deleteTopDown(subscriptionsOf(instance.processInstanceKey), instance.key);
    }
  }

  private void subscribe(ElementInstance instance, String handlerId) {
    CompensationSubscription subscription = new CompensationSubscription();
    subscription.key = runtime.state().newKey();
    subscription.processInstanceKey = instance.processInstanceKey;
    subscription.processDefinitionKey = instance.processDefinitionKey;
    subscription.tenantId = instance.tenantId;
    subscription.compensableActivityId = instance.elementId;
    subscription.compensableActivityInstanceKey = instance.key;
    subscription.compensableActivityScopeKey = instance.flowScopeKey;
    subscription.compensationHandlerId = handlerId;
    runtime.state().save(subscription);
  }

  private static ExecutableElement compensationBoundaryOf(ExecutableElement element) {
    for (ExecutableElement boundary : element.boundaryEvents()) {
      if (boundary.eventType() == EventType.COMPENSATION) {
        return boundary;
      }
    }
    return null;
  }

  // ---- triggering

  /**
   * A compensation throw or end event was activated: triggers what its scope (or its referenced
   * activity) can compensate. Returns false when there was nothing, so the event completes at once.
   */
  public boolean trigger(ElementInstance thrower, ExecutableElement element) {
    if (!hasActive()) {
      return false;
    }
    List<Long> scopeKeys = compensationScopes(thrower, element);
    ExecutableElement activity = element.compensation() == null ? null : element.compensation().activity();
    List<CompensationSubscription> waiting = subscriptionsOf(thrower.processInstanceKey).stream()
        .filter(s -> !s.isTriggered())
        .toList();
    List<CompensationSubscription> triggered = waiting.stream()
        .filter(s -> scopeKeys.contains(s.compensableActivityScopeKey))
        .filter(s -> activity == null || s.compensableActivityId.equals(activity.id()))
        .sorted(LATEST_FIRST)
        .toList();
    triggered.forEach(s -> trigger(thrower, waiting, s));
    return !triggered.isEmpty();
  }

  /** Its own scope; inside an event subprocess, the scope the event subprocess runs in as well. */
  private List<Long> compensationScopes(ElementInstance thrower, ExecutableElement element) {
    List<Long> keys = new ArrayList<>(List.of(thrower.flowScopeKey));
    if (element.flowScope() != null && element.flowScope().type() == ElementType.EVENT_SUB_PROCESS) {
      ElementInstance eventSubprocess = runtime.state().elementInstance(thrower.flowScopeKey);
      if (eventSubprocess != null) {
        keys.add(eventSubprocess.flowScopeKey);
      }
    }
    return keys;
  }

  private void trigger(ElementInstance thrower, List<CompensationSubscription> waiting, CompensationSubscription subscription) {
    long handlerInstanceKey = subscription.hasHandler() ? startHandler(thrower, subscription) : -1;
    subscription.state = CompensationSubscription.State.TRIGGERED;
    subscription.throwEventId = thrower.elementId;
    subscription.throwEventInstanceKey = thrower.key;
    subscription.compensationHandlerInstanceKey = handlerInstanceKey;
    runtime.state().save(subscription);
    // a compensated subprocess compensates what completed inside it
    waiting.stream()
        .filter(s -> s.compensableActivityScopeKey == subscription.compensableActivityInstanceKey)
        .sorted(LATEST_FIRST)
        .forEach(s -> trigger(thrower, waiting, s));
  }

  /** The boundary event is recorded as activated and completed, then its handler starts beside the thrower. */
  private long startHandler(ElementInstance thrower, CompensationSubscription subscription) {
    ExecutableElement activity = runtime.process(thrower.processDefinitionKey).element(subscription.compensableActivityId);
    ExecutableElement boundary = compensationBoundaryOf(activity);
    ElementInstance scope = runtime.state().elementInstance(thrower.flowScopeKey);
    runtime.lifecycle().activateChild(scope, boundary, Map.of());
    return runtime.lifecycle().activateChild(scope, boundary.compensation().handler(), Map.of()).key;
  }

  // ---- completing

  private void handlerCompleted(ElementInstance handler) {
    for (CompensationSubscription subscription : subscriptionsOf(handler.processInstanceKey)) {
      if (subscription.isTriggered() && subscription.compensationHandlerInstanceKey == handler.key) {
        complete(subscription);
        completeScopesBottomUp(handler.processInstanceKey, subscription.compensableActivityScopeKey);
        completeThrowEventIfDone(subscription);
        return;
      }
    }
  }

  /** A compensated subprocess is done once nothing inside it is still being compensated. */
  private void completeScopesBottomUp(long processInstanceKey, long scopeKey) {
    List<CompensationSubscription> subscriptions = subscriptionsOf(processInstanceKey);
    if (subscriptions.stream().anyMatch(s -> s.compensableActivityScopeKey == scopeKey)) {
      return;
    }
    subscriptions.stream()
        .filter(s -> s.compensableActivityInstanceKey == scopeKey && !s.hasHandler())
        .findFirst()
        .ifPresent(scope -> {
          complete(scope);
          completeScopesBottomUp(processInstanceKey, scope.compensableActivityScopeKey);
        });
  }

  private void completeThrowEventIfDone(CompensationSubscription completed) {
    boolean waiting = subscriptionsOf(completed.processInstanceKey).stream()
        .anyMatch(s -> s.throwEventInstanceKey == completed.throwEventInstanceKey);
    ElementInstance thrower = runtime.state().elementInstance(completed.throwEventInstanceKey);
    if (!waiting && thrower != null && thrower.state == ElementState.ACTIVATED) {
      runtime.schedule(() -> runtime.lifecycle().complete(thrower, Map.of()));
    }
  }

  private void complete(CompensationSubscription subscription) {
    subscription.state = CompensationSubscription.State.COMPLETED;
    runtime.state().save(subscription);
  }

  // ---- lookups

  private boolean hasActive() {
    return !runtime.state().compensationSubscriptions.isEmpty();
  }

  private boolean hasSubscriptionIn(long processInstanceKey, long scopeKey) {
    return hasActive() && subscriptionsOf(processInstanceKey).stream().anyMatch(s -> s.compensableActivityScopeKey == scopeKey);
  }

  /** The active subscriptions of a process instance, oldest first. */
  private List<CompensationSubscription> subscriptionsOf(long processInstanceKey) {
    List<CompensationSubscription> result = new ArrayList<>();
    for (CompensationSubscription subscription : runtime.state().compensationSubscriptions.values()) {
      if (subscription.processInstanceKey == processInstanceKey && subscription.active()) {
        result.add(subscription);
      }
    }
    return result;
  }

  private void deleteAll(long processInstanceKey) {
    subscriptionsOf(processInstanceKey).forEach(this::delete);
  }

  private void deleteTopDown(List<CompensationSubscription> subscriptions, long scopeKey) {
    for (CompensationSubscription subscription : subscriptions) {
      if (subscription.compensableActivityScopeKey == scopeKey && subscription.active()) {
        delete(subscription);
        deleteTopDown(subscriptions, subscription.compensableActivityInstanceKey);
      }
    }
  }

  private void delete(CompensationSubscription subscription) {
    subscription.state = CompensationSubscription.State.DELETED;
    runtime.state().save(subscription);
  }
}
