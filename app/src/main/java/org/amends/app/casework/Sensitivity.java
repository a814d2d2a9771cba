package org.amends.app.casework;

/**
 * What makes a case sensitive or complex; any one of them means a specialist-trained facilitator.
 */
public record Sensitivity(
    boolean sexualOffence,
    boolean domesticAbuse,
    boolean hateCrime,
    boolean stalking,
    boolean homicide,
    boolean veryVulnerableParty) {

  public static final Sensitivity NONE = new Sensitivity(false, false, false, false, false, false);

  public boolean sensitiveOrComplex() {
    return sexualOffence || domesticAbuse || hateCrime || stalking || homicide || veryVulnerableParty;
  }
}
