package org.amends.engine.deployment;

import java.util.List;

/** A deployment that was refused; nothing of it was deployed. Each problem names its place. */
public final class DeploymentRejected extends RuntimeException {

  private final List<String> problems;

  public DeploymentRejected(List<String> problems) {
    super(
        "Expected to deploy new resources, but encountered the following errors:\n"
            + String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
