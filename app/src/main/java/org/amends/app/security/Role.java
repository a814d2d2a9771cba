package org.amends.app.security;

/**
 * What a member of staff does. Each role is also the Camunda candidate group of the user tasks
 * meant for it ("coordinators", "facilitators").
 */
public enum Role {
  COORDINATOR,
  FACILITATOR,
  MANAGER,
  MONITOR;

  public String group() {
    return name().toLowerCase() + "s";
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
