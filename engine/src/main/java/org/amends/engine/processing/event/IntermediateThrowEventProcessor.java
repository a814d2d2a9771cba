package org.amends.engine.processing.event;

import java.util.Map;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.task.JobWorkerTaskProcessor;
import org.amends.engine.state.ElementInstance;

/** None, signal, escalation, link, compensation and (job-worker) message throw events. */
public final class IntermediateThrowEventProcessor extends AbstractProcessor {

  private final JobWorkerTaskProcessor jobWorker;

  public IntermediateThrowEventProcessor(BpmnRuntime runtime, JobWorkerTaskProcessor jobWorker) {
    super(runtime);
    this.jobWorker = jobWorker;
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    if (element.isJobWorkerTask()) {
      jobWorker.onActivate(instance, element, trigger);
      return;
    }
    boolean waits = element.eventType() == EventType.COMPENSATION
        ? runtime.compensations().trigger(instance, element)
        : runtime.thrownEvents().throwFrom(instance, element);
    if (!waits) {
      completeNow(instance, Map.of());
    }
  }

  @Override
  public void afterComplete(ElementInstance instance, ExecutableElement element) {
    if (element.eventType() == EventType.LINK) {
      runtime.thrownEvents().followLink(instance, element);
    } else {
      super.afterComplete(instance, element);
    }
  }

  @Override
  public void onTerminate(ElementInstance instance, ExecutableElement element) {
    jobWorker.onTerminate(instance, element);
  }
}
