package org.amends.engine.decision;

/** A DMN resource that cannot be deployed: not well-formed DMN, or a decision fails to parse. */
public final class DecisionParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String resourceName;

  public DecisionParseException(String resourceName, String message) {
    super(message);
    this.resourceName = resourceName;
  }

  public String resourceName() {
    return resourceName;
  }
}
