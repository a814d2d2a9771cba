package org.amends.engine.processing.gateway;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/** Forks to all outgoing flows; the join (all incoming flows arrived) is the lifecycle's. */
public final class ParallelGatewayProcessor extends AbstractProcessor {

  public ParallelGatewayProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    completeNow(instance, Map.of());
  }
}
