package org.amends.app.modeler;

/**
 * What a deploy came to: the new live version, or why nothing was deployed (the live version is
 * then untouched). {@code field} names where the problem is: "comment", "draft" or "engine".
 */
record DeployOutcome(Integer version, String field, String problem) {

  static DeployOutcome deployed(int version) {
    return new DeployOutcome(version, null, null);
  }

  static DeployOutcome refused(String field, String problem) {
    return new DeployOutcome(null, field, problem);
  }

  boolean succeeded() {
    return version != null;
  }
}
