package org.amends.engine.processing.container;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.ProcessStart;
import org.amends.engine.state.ElementInstance;

/** An event subprocess, started by its trigger in the enclosing scope; it has no outgoing flows. */
public final class EventSubProcessProcessor extends AbstractProcessor {

  public EventSubProcessProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    if (ProcessStart.isInstructed(trigger)) {
      ProcessStart.activateStart(runtime, instance, element, trigger);
      return;
    }
    runtime.lifecycle().activateChild(instance, element.startEvents().get(0), trigger);
  }

  @Override
  public void onChildEnded(ElementInstance scope, ExecutableElement element) {
    runtime.flows().completeScopeIfDone(scope);
  }
}
