package org.amends.app.casework;

/** Where a case is in the journey; the process sets it as the case moves on. */
public enum Stage {
  REFERRAL,
  SCREENING,
  CONTACT,
  ASSESSMENT,
  CONSENT,
  ALLOCATION,
  PREPARATION,
  MEETING,
  OUTCOME,
  FOLLOW_UP,
  CLOSED
}
