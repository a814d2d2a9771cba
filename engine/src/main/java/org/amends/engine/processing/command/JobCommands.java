package org.amends.engine.processing.command;

import java.time.Duration;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.api.AdHocJobResult;
import org.amends.engine.model.ElementType;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.IncidentBehavior;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Incident;
import org.amends.engine.state.Job;

/** What workers (and operators) do with jobs: complete, fail, throw a BPMN error, update. */
public final class JobCommands {

  private JobCommands() {}

  public static void complete(BpmnRuntime runtime, long key, Map<String, Object> variables) {
    complete(runtime, key, variables, null);
  }

  /** Completes a job; the job of an ad-hoc subprocess's worker carries the worker's decision. */
  public static void complete(BpmnRuntime runtime, long key, Map<String, Object> variables, AdHocJobResult adHocResult) {
    Job job = activeJob(runtime, key, "complete");
    ElementInstance instance = runtime.state().elementInstance(job.elementInstanceKey);
    if (instance != null && instance.type == ElementType.AD_HOC_SUB_PROCESS) {
      job.state = Job.State.COMPLETED;
      job.endTime = runtime.clock().now();
      runtime.state().save(job);
      instance.jobKey = -1;
      runtime.state().save(instance);
      runtime.processors().adHoc().jobWorker().jobCompleted(instance, variables, adHocResult);
      return;
    }
    job.state = Job.State.COMPLETED;
    job.endTime = runtime.clock().now();
    runtime.state().save(job);
    if (instance != null) {
      instance.jobKey = -1;
      runtime.state().save(instance);
      runtime.lifecycle().complete(instance, variables);
    }
  }

  public static void fail(
      BpmnRuntime runtime, long key, int retries, String errorMessage, Duration backOff, Map<String, Object> variables) {
    Job job = activeJob(runtime, key, "fail");
    ElementInstance instance = runtime.state().elementInstance(job.elementInstanceKey);
    job.state = Job.State.FAILED;
    job.retries = retries;
    job.errorMessage = errorMessage;
    job.worker = null;
    job.deadline = null;
    job.hasFailedWithRetriesLeft = retries > 0;
    job.retryAt = retries > 0 && backOff != null && !backOff.isZero() ? runtime.clock().now().plus(backOff) : null;
    runtime.state().save(job);
    if (instance != null && variables != null && !variables.isEmpty()) {
      runtime.variables().setLocal(instance, variables);
    }
    if (retries <= 0 && instance != null) {
      String message = errorMessage == null || errorMessage.isBlank() ? IncidentBehavior.NO_RETRIES_LEFT : errorMessage;
      runtime.incidents().raiseForJob(job, instance, IncidentBehavior.JOB_NO_RETRIES, message);
    } else if (job.retryAt == null) {
      runtime.listener().jobAvailable(job.type);
    }
  }

  public static void throwError(
      BpmnRuntime runtime, long key, String errorCode, String errorMessage, Map<String, Object> variables) {
    if (errorCode == null || errorCode.isBlank()) {
      throw EngineException.invalidArgument("No errorCode provided");
    }
    Job job = activeJob(runtime, key, "throw an error for");
    ElementInstance instance = runtime.state().elementInstance(job.elementInstanceKey);
    job.state = Job.State.ERROR_THROWN;
    job.errorCode = errorCode;
    job.errorMessage = errorMessage;
    job.endTime = runtime.clock().now();
    runtime.state().save(job);
    if (instance != null) {
      boolean caught = runtime.thrownEvents().throwError(instance, errorCode, errorMessage, variables == null ? Map.of() : variables);
      if (!caught && instance.incidentKey >= 0) {
        Incident incident = runtime.state().incidents.get(instance.incidentKey);
        incident.jobKey = job.key;
        incident.phase = Incident.Phase.JOB;
        runtime.state().save(incident);
      }
    }
  }

  public static void update(BpmnRuntime runtime, long key, Integer retries, Long timeoutMillis) {
    Job job = runtime.state().jobs.get(key);
    if (job == null) {
      throw notFound(key, "update");
    }
    if (retries != null) {
      if (retries < 1) {
        throw EngineException.invalidArgument(
            "Expected to update retries for job with key '" + key + "' with a positive amount of retries, but the amount given was '" + retries + "'");
      }
      job.retries = retries;
      if (job.state == Job.State.FAILED) {
        job.state = Job.State.RETRIES_UPDATED;
      }
    }
    if (timeoutMillis != null) {
      if (job.state != Job.State.ACTIVATED) {
        throw EngineException.invalidState(
            "Expected to update the timeout of job with key '" + key + "', but it is not active");
      }
      job.deadline = runtime.clock().now().plusMillis(timeoutMillis);
    }
    runtime.state().save(job);
    if (retries != null) {
      runtime.listener().jobAvailable(job.type);
    }
  }

  private static Job activeJob(BpmnRuntime runtime, long key, String action) {
    Job job = runtime.state().jobs.get(key);
    if (job == null || !job.active()) {
      throw notFound(key, action);
    }
    if (job.state == Job.State.FAILED && job.retries <= 0) {
      throw EngineException.invalidState(
          "Expected to " + action + " job with key '" + key + "', but it is in state 'FAILED'");
    }
    return job;
  }

  private static EngineException notFound(long key, String action) {
    return EngineException.notFound(
        "Expected to " + action + " job with key '" + key + "', but no such job was found");
  }
}
