package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** An element instance waiting for a message with a name and a correlation key. */
public final class MessageSubscription extends InstanceRow<MessageSubscription.State> {

  public enum State {
    CREATED,
    CORRELATED,
    DELETED
  }

  public String messageName;
  public String correlationKey;
  public long elementInstanceKey;
  public long processDefinitionKey;
  public String bpmnProcessId;
  /** The catching element: the catch event, boundary event, receive task or event subprocess start. */
  public String elementId;
  public boolean interrupting = true;
  public Instant lastUpdatedDate;
  public String tenantId = "<default>";

  public MessageSubscription() {
    super(State.CREATED);
  }

  @Override
  @JsonIgnore
  public boolean active() {
    return state == State.CREATED;
  }
}
