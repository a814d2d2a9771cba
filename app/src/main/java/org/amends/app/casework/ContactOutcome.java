package org.amends.app.casework;

public enum ContactOutcome {
  REACHED,
  NO_ANSWER,
  MESSAGE_LEFT,
  ACCEPTED,
  DECLINED
}
