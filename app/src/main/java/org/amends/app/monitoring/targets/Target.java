package org.amends.app.monitoring.targets;

/**
 * A time target for one step (a BPMN element id): done within {@code workingDays} of the
 * referral, or {@code enhancedRightsWorkingDays} when the victim has enhanced rights under the
 * Victims' Code (null: the same).
 */
public record Target(String elementId, String description, int workingDays, Integer enhancedRightsWorkingDays) {

  public Target {
    if (elementId == null || elementId.isBlank()) {
      throw new IllegalArgumentException("A target needs the element id of its step");
    }
    if (workingDays < 0 || (enhancedRightsWorkingDays != null && enhancedRightsWorkingDays < 0)) {
      throw new IllegalArgumentException("The target of " + elementId + " counts working days from 0");
    }
  }

  public int workingDays(boolean enhancedRights) {
    return enhancedRights && enhancedRightsWorkingDays != null ? enhancedRightsWorkingDays : workingDays;
  }
}
