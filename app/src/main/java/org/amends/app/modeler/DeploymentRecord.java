package org.amends.app.modeler;

import java.time.Instant;

/** Who deployed a version, when and why; deployedBy is null for what was bundled with the app. */
public record DeploymentRecord(long deploymentKey, String comment, String deployedBy, Instant deployedAt) {

  public String deployedByText() {
    return deployedBy == null ? "Bundled with Amends" : deployedBy;
  }
}
