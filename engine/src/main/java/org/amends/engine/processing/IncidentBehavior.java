package org.amends.engine.processing;

import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Incident;
import org.amends.engine.state.Job;

/** Failures become incidents on the element instance that failed; resolving one retries the step. */
public final class IncidentBehavior {

  public static final String IO_MAPPING_ERROR = "IO_MAPPING_ERROR";
  public static final String EXTRACT_VALUE_ERROR = "EXTRACT_VALUE_ERROR";
  public static final String CONDITION_ERROR = "CONDITION_ERROR";
  public static final String JOB_NO_RETRIES = "JOB_NO_RETRIES";
  public static final String EXECUTION_LISTENER_NO_RETRIES = "EXECUTION_LISTENER_NO_RETRIES";
  public static final String TASK_LISTENER_NO_RETRIES = "TASK_LISTENER_NO_RETRIES";
  public static final String UNHANDLED_ERROR_EVENT = "UNHANDLED_ERROR_EVENT";
  public static final String CALLED_ELEMENT_ERROR = "CALLED_ELEMENT_ERROR";
  public static final String CALLED_DECISION_ERROR = "CALLED_DECISION_ERROR";
  public static final String DECISION_EVALUATION_ERROR = "DECISION_EVALUATION_ERROR";
  public static final String FORM_NOT_FOUND = "FORM_NOT_FOUND";
  /** Zeebe's type for a failure of the engine itself: the element waits until it is resolved. */
  public static final String PROCESSING_ERROR = "UNKNOWN";

  public static final String NO_RETRIES_LEFT = "No more retries left.";
  public static final String NO_CONDITION_MET =
      "Expected at least one condition to evaluate to true, or to have a default flow";

  private final BpmnRuntime runtime;

  IncidentBehavior(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  public Incident raise(ElementInstance instance, String errorType, String message, Incident.Phase phase) {
    Incident incident = new Incident();
    incident.key = runtime.state().newKey();
    incident.errorType = errorType;
    incident.errorMessage = message;
    incident.elementInstanceKey = instance.key;
    incident.elementId = instance.elementId;
    incident.processInstanceKey = instance.processInstanceKey;
    incident.processDefinitionKey = instance.processDefinitionKey;
    incident.bpmnProcessId = instance.bpmnProcessId;
    incident.tenantId = instance.tenantId;
    incident.phase = phase;
    incident.creationTime = runtime.clock().now();
    runtime.state().save(incident);
    instance.incidentKey = incident.key;
    runtime.state().save(instance);
    return incident;
  }

  public Incident raiseForJob(Job job, ElementInstance instance, String errorType, String message) {
    Incident incident = raise(instance, errorType, message, Incident.Phase.JOB);
    incident.jobKey = job.key;
    runtime.state().save(incident);
    return incident;
  }

  /** Marks the incident resolved; the caller decides what runs again. */
  public void markResolved(Incident incident) {
    incident.state = Incident.State.RESOLVED;
    runtime.state().save(incident);
    ElementInstance instance = runtime.state().elementInstance(incident.elementInstanceKey);
    if (instance != null && instance.incidentKey == incident.key) {
      instance.incidentKey = -1;
      runtime.state().save(instance);
    }
  }

  /** The element ended: its open incidents are resolved with it. */
  public void resolveAllOf(ElementInstance instance) {
    for (Incident incident : runtime.state().incidentsOf(instance.key)) {
      if (incident.active()) {
        markResolved(incident);
      }
    }
  }
}
