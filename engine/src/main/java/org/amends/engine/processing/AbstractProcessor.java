package org.amends.engine.processing;

import org.amends.engine.model.ExecutableElement;
import org.amends.engine.state.ElementInstance;

/** The common part of processors: after completion the token moves on along all flows. */
public abstract class AbstractProcessor implements BpmnElementProcessor {

  protected final BpmnRuntime runtime;

  protected AbstractProcessor(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public void afterComplete(ElementInstance instance, ExecutableElement element) {
    runtime.flows().takeOutgoingFlows(instance, element);
  }

  protected void completeNow(ElementInstance instance, java.util.Map<String, Object> variables) {
    runtime.schedule(() -> runtime.lifecycle().complete(instance, variables));
  }
}
