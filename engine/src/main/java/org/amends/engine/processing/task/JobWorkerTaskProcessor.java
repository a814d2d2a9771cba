package org.amends.engine.processing.task;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/** Service and send tasks (and any element with a job type): a job, then wait for the worker. */
public final class JobWorkerTaskProcessor extends AbstractProcessor {

  public JobWorkerTaskProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    runtime.jobs().create(instance, element);
  }

  @Override
  public void onTerminate(ElementInstance instance, ExecutableElement element) {
    runtime.jobs().cancel(instance);
  }
}
