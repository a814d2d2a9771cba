package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A deployed DMN resource (its decision requirements graph). */
public final class DecisionRequirements implements Row {

  public long key;
  public String decisionRequirementsId;
  public String name;
  public int version;
  public String resourceName;
  public long resourceKey;
  public long deploymentKey;
  public String checksum;
  public String tenantId = "<default>";
  public boolean deleted;
  /** The parsed DRG; not stored. */
  @JsonIgnore public Object parsed;

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
