package org.amends.app.outcome;

public enum ActionStatus {
  OPEN,
  COMPLETED,
  NOT_COMPLETED
}
