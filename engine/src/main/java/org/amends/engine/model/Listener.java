package org.amends.engine.model;

import org.amends.engine.expression.Expression;

/**
 * An execution listener or a user task listener: a job of {@code type} with {@code retries},
 * created when its event happens, that blocks the element (or the user task) until it completes.
 */
public record Listener(ListenerEventType eventType, Expression type, Expression retries) {

  /** The job kind Zeebe gives the listener's jobs. */
  public String jobKind() {
    return eventType.isTaskListenerEvent() ? "TASK_LISTENER" : "EXECUTION_LISTENER";
  }
}
