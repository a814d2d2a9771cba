package org.amends.app.casework;

/** Why a case closed: the codes the service reports on. */
public enum ClosureOutcome {
  COMPLETED_DIRECT,
  COMPLETED_INDIRECT,
  DECLINED_BY_HARMED,
  DECLINED_BY_HARMER,
  NOT_SUITABLE,
  WITHDRAWN,
  NO_CONTACT,
  REFERRED_ON,
  /** The referral named the people of a case already open; it was linked to that case. */
  DUPLICATE
}
