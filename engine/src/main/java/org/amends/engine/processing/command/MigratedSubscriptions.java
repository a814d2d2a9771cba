package org.amends.engine.processing.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableFlow;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.MessageSubscription;
import org.amends.engine.state.ProcessDefinition;
import org.amends.engine.state.SignalSubscription;
import org.amends.engine.state.Timer;

/**
 * The event subscriptions of a migrated element instance, as Zeebe 8.8 moves them: a subscription
 * of a catch event that is mapped stays (a timer keeps its due date) and belongs to the target
 * event; one whose event is not mapped is closed; a catch event of the target that nothing was
 * mapped to is subscribed anew.
 */
final class MigratedSubscriptions {

  private MigratedSubscriptions() {}

  /**
   * The catch events whose subscriptions an instance of the element owns besides its own: its
   * boundary events (on the multi-instance body when it has one), the start events of the event
   * subprocesses of a container, the events after an event-based gateway.
   */
  static List<ExecutableElement> catchEventsOf(ExecutableElement element, ElementType instanceType) {
    List<ExecutableElement> events = new ArrayList<>();
    if (element.multiInstance() == null || instanceType == ElementType.MULTI_INSTANCE_BODY) {
      events.addAll(element.boundaryEvents());
    }
    if (instanceType.isContainer()) {
      for (ExecutableElement subprocess : element.eventSubprocesses()) {
        events.add(subprocess.startEvents().get(0));
      }
    }
    if (instanceType == ElementType.EVENT_BASED_GATEWAY) {
      element.outgoing().stream().map(ExecutableFlow::target).forEach(events::add);
    }
    return events;
  }

  static void migrate(
      BpmnRuntime runtime,
      ElementInstance instance,
      String sourceElementId,
      ExecutableElement source,
      ExecutableElement target,
      Map<String, String> mapping,
      ProcessDefinition targetDefinition) {
    Set<String> kept = new HashSet<>();
    for (Timer timer : List.copyOf(runtime.state().timers.values())) {
      if (timer.elementInstanceKey == instance.key) {
        String id = targetOf(timer.elementId, sourceElementId, target, mapping);
        if (id == null) {
          timer.live = false;
        } else {
          timer.elementId = id;
          timer.processDefinitionKey = targetDefinition.key;
          kept.add(id);
        }
        runtime.state().save(timer);
      }
    }
    for (MessageSubscription subscription : List.copyOf(runtime.state().messageSubscriptions.values())) {
      if (subscription.elementInstanceKey == instance.key && subscription.state == MessageSubscription.State.CREATED) {
        String id = targetOf(subscription.elementId, sourceElementId, target, mapping);
        if (id == null) {
          subscription.state = MessageSubscription.State.DELETED;
        } else {
          subscription.elementId = id;
          subscription.processDefinitionKey = targetDefinition.key;
          subscription.bpmnProcessId = targetDefinition.bpmnProcessId;
          kept.add(id);
        }
        subscription.lastUpdatedDate = runtime.clock().now();
        runtime.state().save(subscription);
      }
    }
    for (SignalSubscription subscription : List.copyOf(runtime.state().signalSubscriptions.values())) {
      if (subscription.elementInstanceKey == instance.key) {
        String id = targetOf(subscription.elementId, sourceElementId, target, mapping);
        if (id == null) {
          subscription.live = false;
        } else {
          subscription.elementId = id;
          kept.add(id);
        }
        runtime.state().save(subscription);
      }
    }
    for (ExecutableElement event : catchEventsOf(target, instance.type)) {
      if (!kept.contains(event.id())) {
        runtime.events().openCatchFor(instance, event);
      }
    }
  }

  /** The element a subscription belongs to after the migration; null when it is to be closed. */
  private static String targetOf(String subscribedId, String sourceElementId, ExecutableElement target,
      Map<String, String> mapping) {
    if (subscribedId.equals(sourceElementId)) {
      return target.id();
    }
    return mapping.get(subscribedId);
  }
}
