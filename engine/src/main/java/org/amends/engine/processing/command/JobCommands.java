package org.amends.engine.processing.command;

import java.time.Duration;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.api.JobResult;
import org.amends.engine.api.AdHocJobResult;
import org.amends.engine.model.ElementType;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.IncidentBehavior;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Incident;
import org.amends.engine.state.Job;
import org.amends.engine.state.UserTask;

/** What workers (and operators) do with jobs: complete, fail, throw a BPMN error, update. */
public final class JobCommands {

  private static final String EXECUTION_LISTENER = "EXECUTION_LISTENER";
  private static final String TASK_LISTENER = "TASK_LISTENER";

  private JobCommands() {}

  /** Completes the job of an ad-hoc subprocess's worker with its decision (which elements to activate, and whether it is done). */
  public static void complete(BpmnRuntime runtime, long key, Map<String, Object> variables, AdHocJobResult adHocResult) {
    complete(runtime, key, variables, JobResult.NONE, adHocResult);
  }

  /**
   * Completes a job. A listener's job lets its element (execution listener) or its user task
   * transition (task listener, with the worker's result) go on; any other job's result is ignored,
   * as Zeebe checks it for task listeners only.
   */
  public static void complete(BpmnRuntime runtime, long key, Map<String, Object> variables, JobResult result) {
    complete(runtime, key, variables, result, null);
  }

  private static void complete(
      BpmnRuntime runtime, long key, Map<String, Object> variables, JobResult result, AdHocJobResult adHocResult) {
    Job job = activeJob(runtime, key, "complete");
    ElementInstance instance = runtime.state().elementInstance(job.elementInstanceKey);
    UserTask task = null;
    if (TASK_LISTENER.equals(job.kind)) {
      task = instance == null || instance.userTaskKey < 0 ? null : runtime.state().userTasks.get(instance.userTaskKey);
      String refusal = task == null ? null : runtime.userTasks().refusal(task, job, !variables.isEmpty(), result);
      if (refusal != null) {
        throw EngineException.invalidArgument(refusal);
      }
    }
    job.state = Job.State.COMPLETED;
    job.endTime = runtime.clock().now();
    runtime.state().save(job);
    if (instance == null) {
      return;
    }
    if (EXECUTION_LISTENER.equals(job.kind)) {
      runtime.executionListeners().completed(instance, job, variables);
    } else if (task != null) {
      runtime.userTasks().listenerCompleted(task, result);
    } else if (instance.type == ElementType.AD_HOC_SUB_PROCESS) {
      // the ad-hoc subprocess's own job: its worker decides what to activate (no result: nothing)
      instance.jobKey = -1;
      runtime.state().save(instance);
      runtime.processors().adHoc().jobWorker().jobCompleted(instance, variables, adHocResult);
    } else {
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
      String errorType = switch (job.kind == null ? "" : job.kind) {
        case EXECUTION_LISTENER -> IncidentBehavior.EXECUTION_LISTENER_NO_RETRIES;
        case TASK_LISTENER -> IncidentBehavior.TASK_LISTENER_NO_RETRIES;
        default -> IncidentBehavior.JOB_NO_RETRIES;
      };
      runtime.incidents().raiseForJob(job, instance, errorType, message);
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
    if (job.isListener()) {
      // the element is not activated while its listeners run (nor does a user task wait for an error)
      throw EngineException.invalidState("Cannot throw BPMN error from " + job.kind + " job with key '" + key
          + "', type '" + job.type + "' and processInstanceKey '" + job.processInstanceKey + "'");
    }
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
