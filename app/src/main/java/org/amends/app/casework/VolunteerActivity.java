package org.amends.app.casework;

public enum VolunteerActivity {
  PREPARATION,
  MEETING,
  TRAVEL,
  FOLLOW_UP,
  ADMINISTRATION,
  SUPERVISION
}
