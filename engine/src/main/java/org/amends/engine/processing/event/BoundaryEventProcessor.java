package org.amends.engine.processing.event;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/** A triggered boundary event completes at once with the trigger's variables. */
public final class BoundaryEventProcessor extends AbstractProcessor {

  public BoundaryEventProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    completeNow(instance, trigger);
  }
}
