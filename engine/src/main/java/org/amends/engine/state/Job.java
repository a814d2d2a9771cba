package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A unit of work for a job worker, created by a task or event. */
public final class Job extends InstanceRow<Job.State> {

  public enum State {
    CREATED,
    ACTIVATED,
    FAILED,
    RETRIES_UPDATED,
    TIMED_OUT,
    COMPLETED,
    ERROR_THROWN,
    CANCELED
  }

  public String type;
  public int retries;
  /** When an activation expires. */
  public Instant deadline;
  /** When a failed job with retries left can be activated again. */
  public Instant retryAt;
  public String worker;
  public String errorMessage;
  public String errorCode;
  public Map<String, String> customHeaders = new LinkedHashMap<>();
  public long elementInstanceKey;
  public long processDefinitionKey;
  public String bpmnProcessId;
  public int processDefinitionVersion;
  public String elementId;
  public String tenantId = "<default>";
  public Instant creationTime;
  public Instant endTime;
  public boolean hasFailedWithRetriesLeft;
  public String kind = "BPMN_ELEMENT";
  /** For a listener's job: the event it listens to (START, END, CREATING, ...); null otherwise. */
  public String listenerEventType;

  @JsonIgnore
  public boolean isListener() {
    return listenerEventType != null;
  }

  @Override
  @JsonIgnore
  public boolean active() {
    return state != State.COMPLETED && state != State.CANCELED && state != State.ERROR_THROWN;
  }

  /** Ready for a worker: not activated (or the activation expired), retries left, back-off over. */
  @JsonIgnore
  public boolean isActivatable(Instant now) {
    if (!active() || retries <= 0) {
      return false;
    }
    if (state == State.ACTIVATED) {
      return false;
    }
    return retryAt == null || !retryAt.isAfter(now);
  }
}
