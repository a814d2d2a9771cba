package org.amends.app.modeler;

import java.time.Instant;

/**
 * One version of a process as the processes pages show it: the engine's definition, Amends'
 * deployment record (null when Amends has none, as for a version deployed by another tool) and
 * how many open cases run on it.
 */
public record ProcessVersion(long key, String processId, String name, int version, String versionTag,
    DeploymentRecord record, long openCases, boolean live) {

  public String deployedBy() {
    return record == null ? "Not recorded" : record.deployedByText();
  }

  public Instant deployedAt() {
    return record == null ? null : record.deployedAt();
  }

  public String deployedAtText() {
    return Times.format(deployedAt());
  }

  public String comment() {
    return record == null ? "" : record.comment();
  }
}
