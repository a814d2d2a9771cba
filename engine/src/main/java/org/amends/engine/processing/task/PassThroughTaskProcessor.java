package org.amends.engine.processing.task;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/** Manual and undefined tasks: nothing to do, the token passes straight through. */
public final class PassThroughTaskProcessor extends AbstractProcessor {

  public PassThroughTaskProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    completeNow(instance, Map.of());
  }
}
