package org.amends.app.referral.web;

import org.amends.app.casework.Sensitivity;

/**
 * What happened, as someone referring themselves can say it. The label becomes the case's
 * offence type; the kinds that need a specialist-trained facilitator set the case's sensitivity.
 */
enum IncidentType {
  ASSAULT("Violence or assault", null),
  THEFT("Theft, robbery or burglary", null),
  DAMAGE("Damage to property", null),
  HARASSMENT("Harassment or threats", null),
  STALKING("Stalking", null),
  NEIGHBOUR_DISPUTE("A dispute with a neighbour or anti-social behaviour", null),
  HATE_CRIME("Hate crime",
      "Harm because of someone's disability, race, religion, sexual orientation or transgender identity"),
  DOMESTIC_ABUSE("Domestic abuse", "Harm by a partner, ex-partner or family member"),
  SEXUAL_OFFENCE("Sexual assault or another sexual offence", null),
  DEATH("A crime in which someone died", null),
  OTHER("Something else", null);

  private final String label;
  private final String hint;

  IncidentType(String label, String hint) {
    this.label = label;
    this.hint = hint;
  }

  String label() {
    return label;
  }

  String hint() {
    return hint;
  }

  Sensitivity sensitivity() {
    return new Sensitivity(this == SEXUAL_OFFENCE, this == DOMESTIC_ABUSE, this == HATE_CRIME,
        this == STALKING, this == DEATH, false);
  }
}
