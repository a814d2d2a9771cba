package org.amends.engine.processing.event;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/** A start event completes at once, with the variables of what triggered it (a message, say). */
public final class StartEventProcessor extends AbstractProcessor {

  public StartEventProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    completeNow(instance, trigger);
  }
}
