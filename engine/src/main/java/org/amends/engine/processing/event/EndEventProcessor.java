package org.amends.engine.processing.event;

import java.util.Map;
import org.amends.engine.model.EventProperties;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.task.JobWorkerTaskProcessor;
import org.amends.engine.state.ElementInstance;

/** None, terminate, error, escalation, signal, compensation and (job-worker) message end events. */
public final class EndEventProcessor extends AbstractProcessor {

  private final JobWorkerTaskProcessor jobWorker;

  public EndEventProcessor(BpmnRuntime runtime, JobWorkerTaskProcessor jobWorker) {
    super(runtime);
    this.jobWorker = jobWorker;
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    if (element.isJobWorkerTask()) {
      jobWorker.onActivate(instance, element, trigger);
      return;
    }
    switch (element.eventType()) {
      case TERMINATE -> {
        ElementInstance scope = runtime.state().elementInstance(instance.flowScopeKey);
        runtime.termination().terminateChildren(scope, instance);
        completeNow(instance, Map.of());
      }
      case ERROR -> {
        EventProperties error = element.event();
        String code = error.errorCodeExpression() != null
            ? runtime.expressions().evaluateString(error.errorCodeExpression(), runtime.variables().visible(instance.key))
            : error.errorCode();
        runtime.thrownEvents().throwError(instance, code, null, Map.of());
      }
      case COMPENSATION -> {
        // waits for the handlers it started; completes at once when nothing was to compensate
        if (!runtime.compensations().trigger(instance, element)) {
          completeNow(instance, Map.of());
        }
      }
      default -> {
        if (!runtime.thrownEvents().throwFrom(instance, element)) {
          completeNow(instance, Map.of());
        }
      }
    }
  }

  @Override
  public void onTerminate(ElementInstance instance, ExecutableElement element) {
    jobWorker.onTerminate(instance, element);
  }
}
