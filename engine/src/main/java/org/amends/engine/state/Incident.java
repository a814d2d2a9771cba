package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** Something in a process instance that needs a person: the error says what. */
public final class Incident extends InstanceRow<Incident.State> {

  public enum State {
    ACTIVE,
    RESOLVED
  }

  /** Which step failed, so that resolving the incident can run it again. */
  public enum Phase {
    ACTIVATE,
    COMPLETE,
    JOB
  }

  public String errorType;
  public String errorMessage;
  public long elementInstanceKey;
  public String elementId;
  public long processDefinitionKey;
  public String bpmnProcessId;
  public long jobKey = -1;
  public Phase phase;
  public String tenantId = "<default>";
  public Instant creationTime;

  public Incident() {
    super(State.ACTIVE);
  }

  @Override
  @JsonIgnore
  public boolean active() {
    return state == State.ACTIVE;
  }
}
