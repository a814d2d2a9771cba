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
    /** Not taken: the queue is full; nothing was written, so a retry is safe. */
    RESOURCE_EXHAUSTED,
    /** No answer in time: the command may still be committed. */
    DEADLINE_EXCEEDED,
    /** The engine cannot process commands now (its state could not be loaded). */
    UNAVAILABLE
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
