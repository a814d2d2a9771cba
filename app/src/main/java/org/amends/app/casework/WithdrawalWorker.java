package org.amends.app.casework;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A party withdrew (the party-withdrawn message, which carries the party's id and, from the case
 * page, the id of the withdrawal request that holds the reason): their involvement ends.
 */
@Component
public class WithdrawalWorker {

  /** A withdrawal always has a reason on record (the database checks it). */
  static final String NO_REASON = "No reason given";

  private final CaseService cases;

  WithdrawalWorker(CaseService cases) {
    this.cases = cases;
  }

  /** Returns {@code canContinue}: false when the harmed person or the harmer withdrew. */
  @JobWorker(type = "record-withdrawal")
  public Map<String, Object> recordWithdrawal(
      @Variable long caseId,
      @Variable(optional = true) Object withdrawnPartyId,
      @Variable(optional = true) Object withdrawalRequestId) {
    if (withdrawnPartyId == null) {
      throw new IllegalArgumentException(
          "The party-withdrawn message for case " + caseId + " should name withdrawnPartyId");
    }
    long partyId = ProcessIds.id("withdrawnPartyId", withdrawnPartyId);
    // the reason stays in Amends: the message names the request that holds it
    String reason = withdrawalRequestId == null ? NO_REASON
        : cases.withdrawalReason(ProcessIds.id("withdrawalRequestId", withdrawalRequestId), caseId, partyId);
    Withdrawal withdrawal = cases.recordWithdrawal(caseId, partyId, reason);
    return Map.of("canContinue", withdrawal.canContinue());
  }
}
