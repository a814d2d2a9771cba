package org.amends.engine.processing.container;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.ProcessStart;
import org.amends.engine.state.ElementInstance;

/** An embedded subprocess: starts at its none start event, completes when empty. */
public final class SubProcessProcessor extends AbstractProcessor {

  public SubProcessProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    if (ProcessStart.isInstructed(trigger)) {
      ProcessStart.activateStart(runtime, instance, element, trigger);
      return;
    }
    ExecutableElement start = element.noneStartEvent();
    if (start == null) {
      completeNow(instance, Map.of());
      return;
    }
    runtime.lifecycle().activateChild(instance, start, Map.of());
  }

  @Override
  public void onChildEnded(ElementInstance scope, ExecutableElement element) {
    runtime.flows().completeScopeIfDone(scope);
  }
}
