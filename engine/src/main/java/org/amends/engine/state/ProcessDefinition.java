package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.amends.engine.model.ExecutableProcess;

/** A deployed version of a process. */
public final class ProcessDefinition implements Row {

  public long key;
  public String bpmnProcessId;
  public String name;
  public int version;
  public String versionTag;
  public String resourceName;
  public long resourceKey;
  public long deploymentKey;
  public String checksum;
  public String tenantId = "<default>";
  public boolean deleted;
  /** Built from the resource when deployed or loaded; not stored. */
  @JsonIgnore public ExecutableProcess executable;

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
