package org.amends.engine.processing;

import java.util.List;
import java.util.Map;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ProcessDefinition;
import org.amends.engine.state.SignalSubscription;

/** Signals: subscriptions of waiting elements, and broadcasts to them and to signal start events. */
public final class SignalBehavior {

  private final BpmnRuntime runtime;

  SignalBehavior(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  void openSubscription(ElementInstance owner, ExecutableElement event) {
    SignalSubscription subscription = new SignalSubscription();
    subscription.key = runtime.state().newKey();
    subscription.signalName = runtime.expressions().evaluateString(event.event().signalName(), runtime.variables().visible(owner.key));
    subscription.elementInstanceKey = owner.key;
    subscription.processInstanceKey = owner.processInstanceKey;
    subscription.elementId = event.id();
    subscription.tenantId = owner.tenantId;
    runtime.state().save(subscription);
  }

  public void broadcast(String name, Map<String, Object> variables, String tenantId) {
    for (SignalSubscription subscription : runtime.state().signalSubscriptions(name)) {
      if (subscription.live && subscription.tenantId.equals(tenantId)) {
        ElementInstance owner = runtime.state().elementInstance(subscription.elementInstanceKey);
        if (owner != null) {
          ExecutableElement event = runtime.process(owner.processDefinitionKey).element(subscription.elementId);
          runtime.schedule(() -> runtime.events().trigger(owner, event, variables));
        }
      }
    }
    for (ProcessDefinition definition : List.copyOf(runtime.state().latestProcesses())) {
      if (!definition.tenantId.equals(tenantId)) {
        continue;
      }
      for (ExecutableElement start : definition.executable.startEvents(EventType.SIGNAL)) {
        String signal = runtime.expressions().evaluateString(start.event().signalName(), Map.of());
        if (signal.equals(name)) {
          runtime.lifecycle().createProcessInstance(definition, variables, start, null);
        }
      }
    }
  }
}
