package org.amends.app.referral;

/**
 * A case opened from a referral. Its process instance key is null while its journey waits for
 * the engine (see JourneyStarter).
 */
public record StartedCase(long caseId, String reference, Long processInstanceKey) {

  public boolean journeyRunning() {
    return processInstanceKey != null;
  }
}
