package org.amends.app.casework;

/**
 * What volunteer time was spent on. Some activities belong to a case, some to the service as a
 * whole (logged without a case); travel can be either. All of them count as volunteer hours in the
 * annual report, travel included.
 */
public enum VolunteerActivity {
  PREPARATION(true, false),
  MEETING(true, false),
  TRAVEL(true, true),
  FOLLOW_UP(true, false),
  ADMINISTRATION(true, true),
  SUPERVISION(true, true),
  TRAINING(false, true),
  COMMUNITY_PANEL(false, true),
  FORUM(false, true),
  AWARENESS_EVENT(false, true);

  private final boolean onCase;
  private final boolean outsideCases;

  VolunteerActivity(boolean onCase, boolean outsideCases) {
    this.onCase = onCase;
    this.outsideCases = outsideCases;
  }

  /** Offered when hours are logged on a case. */
  public boolean onCase() {
    return onCase;
  }

  /** Offered when hours are logged for service work outside cases. */
  public boolean outsideCases() {
    return outsideCases;
  }
}
