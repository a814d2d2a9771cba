package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An element instance waiting for a signal. */
public final class SignalSubscription implements Row {

  public long key;
  public String signalName;
  public long elementInstanceKey;
  public long processInstanceKey;
  public String elementId;
  public boolean live = true;
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
  @JsonIgnore
  public boolean active() {
    return live;
  }
}
