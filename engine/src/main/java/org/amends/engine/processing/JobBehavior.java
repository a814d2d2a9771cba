package org.amends.engine.processing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amends.engine.expression.Expression;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.Listener;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Job;
import org.amends.engine.state.UserTask;

/** Jobs for service, send, script and business rule tasks, message throw events and listeners. */
public final class JobBehavior {

  private final BpmnRuntime runtime;

  JobBehavior(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  /** Creates the element's job; expression failures propagate as ExpressionException. */
  public Job create(ElementInstance instance, ExecutableElement element) {
    Map<String, Object> context = runtime.variables().visible(instance.key);
    Map<String, String> headers = new LinkedHashMap<>(element.taskHeaders());
    if (element.type() == org.amends.engine.model.ElementType.USER_TASK) {
      userTaskHeaders(headers, element, context);
    }
    return create(instance, element.jobWorker().type(), element.jobWorker().retries(), context, headers, null);
  }

  /**
   * Creates the job of an execution or task listener: the element's headers with the given ones
   * over them, the listener's kind and event type. The element waits for it.
   */
  public Job createForListener(
      ElementInstance instance, ExecutableElement element, Listener listener, Map<String, String> extraHeaders) {
    Map<String, Object> context = runtime.variables().visible(instance.key);
    Map<String, String> headers = new LinkedHashMap<>(element.taskHeaders());
    headers.putAll(extraHeaders);
    return create(instance, listener.type(), listener.retries(), context, headers, listener);
  }

  private Job create(
      ElementInstance instance, Expression type, Expression retries, Map<String, Object> context,
      Map<String, String> headers, Listener listener) {
    Job job = new Job();
    job.key = runtime.state().newKey();
    job.type = runtime.expressions().evaluateString(type, context);
    job.retries = (int) runtime.expressions().evaluateLong(retries, context);
    job.state = Job.State.CREATED;
    job.customHeaders = headers;
    if (listener != null) {
      job.kind = listener.jobKind();
      job.listenerEventType = listener.eventType().name();
    }
    job.elementInstanceKey = instance.key;
    job.processInstanceKey = instance.processInstanceKey;
    job.processDefinitionKey = instance.processDefinitionKey;
    job.bpmnProcessId = instance.bpmnProcessId;
    job.processDefinitionVersion = instance.version;
    job.elementId = instance.elementId;
    job.tenantId = instance.tenantId;
    job.creationTime = runtime.clock().now();
    runtime.state().save(job);
    instance.jobKey = job.key;
    runtime.state().save(instance);
    runtime.listener().jobAvailable(job.type);
    return job;
  }

  /** Zeebe passes a job-worker user task's assignment as reserved headers. */
  private void userTaskHeaders(Map<String, String> headers, ExecutableElement element, Map<String, Object> context) {
    if (element.userTask() != null && element.userTask().assignee() != null) {
      headers.put("io.camunda.zeebe:assignee", runtime.expressions().evaluateString(element.userTask().assignee(), context));
    }
    if (element.form() != null && element.form().formKey() != null) {
      headers.put("io.camunda.zeebe:formKey", element.form().formKey());
    }
  }

  public void cancel(ElementInstance instance) {
    if (instance.jobKey < 0) {
      return;
    }
    Job job = runtime.state().jobs.get(instance.jobKey);
    if (job != null && job.active()) {
      job.state = Job.State.CANCELED;
      job.endTime = runtime.clock().now();
      runtime.state().save(job);
    }
  }

  /** Activates up to {@code max} jobs of a type for a worker. */
  public List<Job> activate(String type, String worker, Duration timeout, int max, Collection<String> tenantIds) {
    Instant now = runtime.clock().now();
    List<Job> activated = new ArrayList<>();
    for (Job job : runtime.state().jobsOfType(type)) {
      if (activated.size() >= max) {
        break;
      }
      if (job.type.equals(type)
          && job.isActivatable(now)
          && (tenantIds == null || tenantIds.isEmpty() || tenantIds.contains(job.tenantId))
          && !hasOpenIncident(job)) {
        job.state = Job.State.ACTIVATED;
        job.worker = worker;
        job.deadline = now.plus(timeout);
        runtime.state().save(job);
        activated.add(job);
      }
    }
    return activated;
  }

  private boolean hasOpenIncident(Job job) {
    ElementInstance instance = runtime.state().elementInstance(job.elementInstanceKey);
    return instance == null || instance.incidentKey >= 0;
  }

  /**
   * Variables a worker receives: all visible ones, or only those asked for. A task listener sees
   * them as the transition will leave them: with the completion's or the variable update's over them.
   */
  public Map<String, Object> variablesFor(Job job, Collection<String> fetchVariables) {
    Map<String, Object> visible = runtime.variables().visible(job.elementInstanceKey);
    Map<String, Object> pending = transitionVariables(job);
    if (!pending.isEmpty()) {
      visible = new LinkedHashMap<>(visible);
      visible.putAll(pending);
    }
    if (fetchVariables == null || fetchVariables.isEmpty()) {
      return visible;
    }
    Map<String, Object> selected = new LinkedHashMap<>();
    for (String name : fetchVariables) {
      if (visible.containsKey(name)) {
        selected.put(name, visible.get(name));
      }
    }
    return selected;
  }

  private Map<String, Object> transitionVariables(Job job) {
    if (!"TASK_LISTENER".equals(job.kind)) {
      return Map.of();
    }
    ElementInstance instance = runtime.state().elementInstance(job.elementInstanceKey);
    UserTask task = instance == null || instance.userTaskKey < 0 ? null : runtime.state().userTasks.get(instance.userTaskKey);
    return task == null || task.transition == null ? Map.of() : task.transition.variables;
  }

  /** Activations whose deadline passed: the job is activatable again. */
  public List<String> timeOutExpired() {
    Instant now = runtime.clock().now();
    List<String> types = new ArrayList<>();
    for (Job job : runtime.state().timedJobs()) {
      if (job.state == Job.State.ACTIVATED && job.deadline != null && !job.deadline.isAfter(now)) {
        job.state = Job.State.TIMED_OUT;
        job.worker = null;
        job.deadline = null;
        runtime.state().save(job);
        types.add(job.type);
      }
    }
    return types;
  }
}
