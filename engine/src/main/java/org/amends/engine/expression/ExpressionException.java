package org.amends.engine.expression;

/** A FEEL expression that could not be parsed or evaluated; the message says which and why. */
public final class ExpressionException extends RuntimeException {

  public ExpressionException(String message) {
    super(message);
  }
}
