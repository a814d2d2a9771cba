package org.amends.engine.processing.event;

import java.util.Map;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/**
 * Waits for its timer, message or signal. A link catch event (reached from its throw event) and
 * an event already triggered at an event-based gateway complete at once.
 */
public final class IntermediateCatchEventProcessor extends AbstractProcessor {

  public IntermediateCatchEventProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    Map<String, Object> triggered = runtime.events().takePendingTrigger(instance);
    if (triggered != null) {
      completeNow(instance, triggered);
    } else if (element.eventType() == EventType.LINK || element.eventType() == EventType.NONE) {
      completeNow(instance, Map.of());
    } else {
      runtime.events().openCatch(instance, element);
    }
  }
}
