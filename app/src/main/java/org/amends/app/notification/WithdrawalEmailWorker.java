package org.amends.app.notification;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.ProcessIds;
import org.springframework.stereotype.Component;

/**
 * Someone withdrew: each party still taking part is told, and whether the case can go on. The
 * email never says who withdrew or why; that is theirs to share.
 */
@Component
public class WithdrawalEmailWorker {

  private final CaseService cases;
  private final NotificationService notifications;

  WithdrawalEmailWorker(CaseService cases, NotificationService notifications) {
    this.cases = cases;
    this.notifications = notifications;
  }

  @JobWorker(type = "notify-withdrawal")
  public void notifyWithdrawal(
      @JobKey long jobKey,
      @Variable long caseId,
      @Variable Object withdrawnPartyId,
      @Variable boolean canContinue) {
    long withdrawn = ProcessIds.id("withdrawnPartyId", withdrawnPartyId);
    for (Party party : cases.othersStillTakingPart(caseId, withdrawn)) {
      notifications.send(new EmailRequest(caseId, Recipient.party(party.id()),
          EmailTemplate.PARTY_WITHDRAWN, Map.of("caseContinues", canContinue),
          jobKey + ":party:" + party.id()));
    }
  }
}
