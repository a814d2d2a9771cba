package org.amends.engine.model;

/** What an event waits for or throws. */
public enum EventType {
  NONE,
  TIMER,
  MESSAGE,
  ERROR,
  ESCALATION,
  SIGNAL,
  LINK,
  TERMINATE,
  COMPENSATION
}
