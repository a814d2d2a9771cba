package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A deployed Camunda form. */
public final class Form implements Row {

  public long key;
  public String formId;
  public int version;
  public String resourceName;
  public long resourceKey;
  public long deploymentKey;
  /** The form's {@code versionTag}, or null. */
  public String versionTag;
  public String schema;
  public String checksum;
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
