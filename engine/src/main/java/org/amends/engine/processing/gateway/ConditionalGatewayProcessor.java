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

/**
 * Exclusive gateways take the first flow whose condition holds, inclusive gateways every such
 * flow; both fall back to the default flow, and with neither raise an incident. (The inclusive
 * join is the lifecycle's.)
 */
public final class ConditionalGatewayProcessor extends AbstractProcessor {

  private final ConditionalFlows flows = new ConditionalFlows();
  private final boolean firstOnly;

  private ConditionalGatewayProcessor(BpmnRuntime runtime, boolean firstOnly) {
    super(runtime);
    this.firstOnly = firstOnly;
  }

  public static ConditionalGatewayProcessor exclusive(BpmnRuntime runtime) {
    return new ConditionalGatewayProcessor(runtime, true);
  }

  public static ConditionalGatewayProcessor inclusive(BpmnRuntime runtime) {
    return new ConditionalGatewayProcessor(runtime, false);
  }

  /** The conditions are evaluated while activating, as in Zeebe: an incident leaves the gateway activating. */
  @Override
  public boolean onActivating(ElementInstance instance, ExecutableElement element) {
    if (element.outgoing().isEmpty()) {
      return true;
    }
    List<ExecutableFlow> chosen = flows.evaluate(runtime, instance, element, firstOnly);
    if (chosen.isEmpty()) {
      runtime.incidents().raise(
          instance, IncidentBehavior.CONDITION_ERROR, IncidentBehavior.NO_CONDITION_MET, Incident.Phase.ACTIVATE);
      return false;
    }
    flows.remember(instance, chosen);
    return true;
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    // an incident raised by an older engine left the gateway activated: choose now
    if (!flows.isChosen(instance) && !onActivating(instance, element)) {
      return;
    }
    completeNow(instance, Map.of());
  }

  @Override
  public void afterComplete(ElementInstance instance, ExecutableElement element) {
    runtime.flows().takeFlows(instance, flows.take(instance));
  }
}
