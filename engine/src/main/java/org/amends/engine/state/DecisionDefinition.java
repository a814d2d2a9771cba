package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A decision of a deployed DRG. */
public final class DecisionDefinition implements Row {

  public long key;
  public String decisionId;
  public String name;
  public int version;
  public long decisionRequirementsKey;
  public String decisionRequirementsId;
  /** The decision's {@code zeebe:versionTag}, or null. */
  public String versionTag;
  public long deploymentKey;
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
