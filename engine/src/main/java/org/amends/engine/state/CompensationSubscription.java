package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A completed activity that can still be compensated (Zeebe's compensation subscription): made
 * when an activity with a compensation boundary event completes, or a subprocess completes with
 * such activities inside it; triggered by a compensation throw or end event, completed when its
 * handler (and everything compensated inside it) has completed.
 */
public final class CompensationSubscription implements Row {

  public enum State { CREATED, TRIGGERED, COMPLETED, DELETED }

  public long key;
  public long processInstanceKey;
  public long processDefinitionKey;
  public String tenantId = "<default>";
  public State state = State.CREATED;
  /** The completed activity and its instance, and the flow scope instance it completed in. */
  public String compensableActivityId;
  public long compensableActivityInstanceKey;
  public long compensableActivityScopeKey;
  /** The handler of its compensation boundary event, or null (a subprocess's own subscription). */
  public String compensationHandlerId;
  /** Once triggered: the throw event that did it, and the handler instance it started (-1: none). */
  public String throwEventId;
  public long throwEventInstanceKey = -1;
  public long compensationHandlerInstanceKey = -1;

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
    return state == State.CREATED || state == State.TRIGGERED;
  }

  @JsonIgnore
  public boolean isTriggered() {
    return state == State.TRIGGERED;
  }

  @JsonIgnore
  public boolean hasHandler() {
    return compensationHandlerId != null;
  }
}
