package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A deployed resource's content (BPMN, DMN or form), kept for XML and form requests. */
public final class Resource implements Row {

  public long key;
  public long deploymentKey;
  public String name;
  public String content;
  public String tenantId = "<default>";
  public boolean deleted;

  @Override
  public long key() {
    return key;
  }

  @Override
  @JsonIgnore
  public boolean active() {
    return !deleted;
  }
}
