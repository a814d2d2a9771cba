package org.amends.app.casework;

/** The areas the service covers; facilitators are matched on them. */
public enum Area {
  COLCHESTER("Colchester"),
  SOUTHEND("Southend"),
  THURROCK("Thurrock"),
  HARLOW("Harlow"),
  BASILDON("Basildon"),
  CHELMSFORD("Chelmsford"),
  TENDRING("Tendring"),
  BRENTWOOD("Brentwood"),
  OTHER("Other");

  private final String displayName;

  Area(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
