package org.amends.engine.processing.container;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/**
 * The scope of one activation inside an ad-hoc subprocess: it completes when the element it was
 * created for (and whatever that element's flows lead to) has ended, handing its output and the
 * completion condition to the ad-hoc subprocess.
 */
public final class AdHocInnerInstanceProcessor extends AbstractProcessor {

  private final AdHocSubProcessProcessor adHoc;

  public AdHocInnerInstanceProcessor(BpmnRuntime runtime, AdHocSubProcessProcessor adHoc) {
    super(runtime);
    this.adHoc = adHoc;
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    // As in Zeebe, an inner instance is created activated, together with the element it scopes.
    throw new IllegalStateException("an inner instance of an ad-hoc subprocess is not activated on its own: " + instance);
  }

  @Override
  public void onChildEnded(ElementInstance scope, ExecutableElement element) {
    runtime.flows().completeScopeIfDone(scope);
  }

  @Override
  public void onComplete(ElementInstance instance, ExecutableElement element) {
    adHoc.innerCompleting(runtime.state().elementInstance(instance.flowScopeKey), instance);
  }
}
