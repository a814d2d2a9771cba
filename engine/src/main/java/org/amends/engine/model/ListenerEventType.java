package org.amends.engine.model;

/**
 * When a listener runs: execution listeners at an element's start or end, user task listeners at
 * a user task's lifecycle transitions. The names are those of the job's {@code listenerEventType}.
 */
public enum ListenerEventType {
  START,
  END,
  CREATING,
  ASSIGNING,
  UPDATING,
  COMPLETING,
  CANCELING;

  public boolean isTaskListenerEvent() {
    return this != START && this != END;
  }
}
