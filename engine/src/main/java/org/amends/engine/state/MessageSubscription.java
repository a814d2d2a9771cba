package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** An element instance waiting for a message with a name and a correlation key. */
public final class MessageSubscription implements Row {

  public enum State {
    CREATED,
    CORRELATED,
    DELETED
  }

  public long key;
  public State state = State.CREATED;
  public String messageName;
  public String correlationKey;
  public long elementInstanceKey;
  public long processInstanceKey;
  public long processDefinitionKey;
  public String bpmnProcessId;
  /** The catching element: the catch event, boundary event, receive task or event subprocess start. */
  public String elementId;
  public boolean interrupting = true;
  public Instant lastUpdatedDate;
  public String tenantId = "<default>";

  @Override
  public long key() {
    return key;
  }

  @Override
  public long processInstanceKey() {
    return processInstanceKey;
  }

  @Override
  public String stateName() {
    return state.name();
  }

  @Override
  @JsonIgnore
  public boolean active() {
    return state == State.CREATED;
  }
}
