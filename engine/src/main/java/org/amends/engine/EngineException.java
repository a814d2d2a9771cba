package org.amends.engine;

/**
 * A command the engine refused. The kind maps to the status Camunda's API answers with; the
 * message says what was expected and what was found, in Zeebe's words.
 */
public final class EngineException extends RuntimeException {

  public enum Kind {
    INVALID_ARGUMENT,
    NOT_FOUND,
    INVALID_STATE,
    ALREADY_EXISTS,
    RESOURCE_EXHAUSTED
  }

  private final Kind kind;

  public EngineException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static EngineException notFound(String message) {
    return new EngineException(Kind.NOT_FOUND, message);
  }

  public static EngineException invalidArgument(String message) {
    return new EngineException(Kind.INVALID_ARGUMENT, message);
  }

  public static EngineException invalidState(String message) {
    return new EngineException(Kind.INVALID_STATE, message);
  }
}
