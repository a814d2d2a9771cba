package org.amends.app.casework.web;

/** Close a case before its process ends, with an outcome code and the reason. */
class ClosureForm {

  static final int MAX_LENGTH = 1000;

  private String outcome;
  private String closureReason;

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getClosureReason() {
    return closureReason;
  }

  public void setClosureReason(String closureReason) {
    this.closureReason = closureReason;
  }
}
