package org.amends.engine.processing.gateway;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableFlow;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/** Waits for the first of the events after it; that event's flow is the one taken. */
public final class EventBasedGatewayProcessor extends AbstractProcessor {

  public EventBasedGatewayProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    for (ExecutableFlow flow : element.outgoing()) {
      runtime.events().openCatchFor(instance, flow.target());
    }
  }

  @Override
  public void afterComplete(ElementInstance instance, ExecutableElement element) {
    String triggered = runtime.events().takeGatewayChoice(instance);
    runtime.flows().takeFlows(
        instance,
        element.outgoing().stream().filter(f -> f.target().id().equals(triggered)).toList());
  }
}
