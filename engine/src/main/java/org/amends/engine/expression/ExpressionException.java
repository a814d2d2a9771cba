package org.amends.engine.expression;

/** A FEEL expression that could not be parsed or evaluated; the message says which and why. */
public final class ExpressionException extends RuntimeException {

  /** The incident type Zeebe raises for it where the step does not imply one, or null. */
  private final String errorType;

  public ExpressionException(String message) {
    this(message, null);
  }

  public ExpressionException(String message, String errorType) {
    super(message);
    this.errorType = errorType;
  }

  /** The incident type this failure raises, or the given one when it names none. */
  public String errorType(String otherwise) {
    return errorType == null ? otherwise : errorType;
  }
}
