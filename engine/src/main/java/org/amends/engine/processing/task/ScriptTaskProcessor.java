package org.amends.engine.processing.task;

import java.util.HashMap;
import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.Script;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/** A script task: a FEEL expression whose result becomes a variable, or a job for a worker. */
public final class ScriptTaskProcessor extends AbstractProcessor {

  private final JobWorkerTaskProcessor jobWorker;

  public ScriptTaskProcessor(BpmnRuntime runtime, JobWorkerTaskProcessor jobWorker) {
    super(runtime);
    this.jobWorker = jobWorker;
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    if (element.script() == null) {
      jobWorker.onActivate(instance, element, trigger);
      return;
    }
    Script script = element.script();
    Object result = runtime.expressions().evaluate(script.expression(), runtime.variables().visible(instance.key));
    Map<String, Object> variables = new HashMap<>();
    variables.put(script.resultVariable(), result);
    completeNow(instance, variables);
  }

  @Override
  public void onTerminate(ElementInstance instance, ExecutableElement element) {
    jobWorker.onTerminate(instance, element);
  }
}
