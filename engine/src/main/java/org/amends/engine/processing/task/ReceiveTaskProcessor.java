package org.amends.engine.processing.task;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/** A receive task waits for its message. */
public final class ReceiveTaskProcessor extends AbstractProcessor {

  public ReceiveTaskProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    runtime.events().openCatch(instance, element);
  }
}
