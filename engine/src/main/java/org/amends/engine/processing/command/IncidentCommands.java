package org.amends.engine.processing.command;

import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ElementState;
import org.amends.engine.state.Incident;
import org.amends.engine.state.Job;

/** Resolving an incident runs the failed step again (or lets the job be activated again). */
public final class IncidentCommands {

  private IncidentCommands() {}

  public static void resolve(BpmnRuntime runtime, long key) {
    Incident incident = runtime.state().incidents.get(key);
    if (incident == null || !incident.active()) {
      throw EngineException.notFound(
          "Expected to resolve incident with key '" + key + "', but no such incident was found");
    }
    ElementInstance instance = runtime.state().elementInstance(incident.elementInstanceKey);
    if (incident.phase == Incident.Phase.JOB) {
      Job job = runtime.state().jobs.get(incident.jobKey);
      if (job != null && job.state != Job.State.ERROR_THROWN && job.retries <= 0) {
        throw EngineException.invalidState(
            "Expected to resolve incident with key '" + key + "', but job with key '" + job.key
                + "' has no retries left. Update the job's retries first.");
      }
      runtime.incidents().markResolved(incident);
      if (job != null) {
        if (job.state == Job.State.ERROR_THROWN) {
          job.state = Job.State.RETRIES_UPDATED;
          job.retries = Math.max(job.retries, 1);
        }
        runtime.state().save(job);
        runtime.listener().jobAvailable(job.type);
      }
      return;
    }
    runtime.incidents().markResolved(incident);
    if (instance == null) {
      return;
    }
    if (incident.phase == Incident.Phase.COMPLETE && instance.state == ElementState.COMPLETING) {
      runtime.lifecycle().continueCompleting(instance, Map.of());
    } else {
      runtime.lifecycle().retryActivation(instance);
    }
  }
}
