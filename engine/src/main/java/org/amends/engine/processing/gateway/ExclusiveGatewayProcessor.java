package org.amends.engine.processing.gateway;

import java.util.List;
import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableFlow;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.IncidentBehavior;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Incident;

/** Takes the first flow whose condition holds, else the default; with neither, an incident. */
public final class ExclusiveGatewayProcessor extends AbstractProcessor {

  private final ConditionalFlows flows = new ConditionalFlows();

  public ExclusiveGatewayProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    if (element.outgoing().isEmpty()) {
      completeNow(instance, Map.of());
      return;
    }
    List<ExecutableFlow> chosen = flows.evaluate(runtime, instance, element, true);
    if (chosen.isEmpty()) {
      runtime.incidents().raise(
          instance, IncidentBehavior.CONDITION_ERROR, IncidentBehavior.NO_CONDITION_MET, Incident.Phase.ACTIVATE);
      return;
    }
    flows.remember(instance, chosen);
    completeNow(instance, Map.of());
  }

  @Override
  public void afterComplete(ElementInstance instance, ExecutableElement element) {
    runtime.lifecycle().takeFlows(instance, flows.take(instance));
  }
}
