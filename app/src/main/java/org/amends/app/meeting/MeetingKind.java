package org.amends.app.meeting;

public enum MeetingKind {
  PREPARATION,
  CONFERENCE,
  INDIRECT_EXCHANGE,
  PANEL,
  MEDIATION
}
