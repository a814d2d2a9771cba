package org.amends.app.casework.web;

/** Record that a party withdrew. */
class WithdrawalForm {

  static final int MAX_LENGTH = 1000;

  private String partyId;
  private String withdrawalReason;

  public String getPartyId() {
    return partyId;
  }

  public void setPartyId(String partyId) {
    this.partyId = partyId;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public void setWithdrawalReason(String withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
  }
}
