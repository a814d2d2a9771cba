package org.amends.app.casework;

/** How the parties communicate once prepared. */
public enum Route {
  CONFERENCE,
  INDIRECT_COMMUNICATION,
  COMMUNITY_PANEL,
  MEDIATION
}
