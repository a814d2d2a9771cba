package org.amends.app.outcome;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.ProcessIds;
import org.amends.app.casework.Stage;
import org.amends.app.notification.EmailRequest;
import org.amends.app.notification.EmailTemplate;
import org.amends.app.notification.NotificationService;
import org.amends.app.notification.Recipient;
import org.springframework.stereotype.Component;

/** The outcome agreement's actions, and telling the harmed person whether each was done. */
@Component
public class OutcomeWorkers {

  private final OutcomeService outcomes;
  private final CaseService cases;
  private final NotificationService notifications;

  OutcomeWorkers(OutcomeService outcomes, CaseService cases, NotificationService notifications) {
    this.outcomes = outcomes;
    this.cases = cases;
    this.notifications = notifications;
  }

  /**
   * The agreement the tasklist kept ({@code outcomeAgreementId}): its actions, as {@code actions}
   * for the follow-up of each, carry only the agreement's id, each action's number and its due
   * date; what was agreed and by whom stay in Amends.
   */
  @JobWorker(type = "record-outcome-actions")
  public Map<String, Object> recordOutcomeActions(
      @Variable long caseId, @Variable Object outcomeAgreementId) {
    cases.setStage(caseId, Stage.OUTCOME);
    OutcomeAgreement agreement = outcomes.get(ProcessIds.id("outcomeAgreementId", outcomeAgreementId));
    if (agreement.caseId() != caseId) {
      throw new IllegalArgumentException(
          "Outcome agreement " + agreement.id() + " is not in case " + caseId);
    }
    List<Map<String, Object>> followedUp = new ArrayList<>();
    for (int number = 0; number < agreement.actions().size(); number++) {
      followedUp.add(Map.of("agreementId", agreement.id(), "number", number,
          "dueAt", agreement.actions().get(number).dueOn().toString()));
    }
    return Map.of("actions", followedUp);
  }

  /** Records whether the action was done and tells the harmed person(s) who can be emailed. */
  @JobWorker(type = "inform-action-outcome")
  public void informActionOutcome(
      @JobKey long jobKey,
      @Variable long caseId,
      @Variable Map<String, Object> action,
      @Variable boolean actionCompleted) {
    long agreementId = ProcessIds.id("action.agreementId", action.get("agreementId"));
    int number = (int) ProcessIds.id("action.number", action.get("number"));
    OutcomeAgreement agreement = outcomes.recordActionStatus(
        agreementId, number, actionCompleted ? ActionStatus.COMPLETED : ActionStatus.NOT_COMPLETED);
    if (agreement.caseId() != caseId) {
      throw new IllegalArgumentException(
          "Outcome agreement " + agreementId + " is not in case " + caseId);
    }
    Map<String, Object> model = Map.of(
        "actionDescription", agreement.action(number).description(),
        "actionCompleted", actionCompleted);
    boolean told = false;
    for (Party party : cases.parties(caseId)) {
      if (party.role() == PartyRole.HARMED && party.isActive()) {
        told |= notifications.send(new EmailRequest(caseId, Recipient.party(party.id()),
            EmailTemplate.ACTION_OUTCOME, model, jobKey + ":party:" + party.id())).delivered();
      }
    }
    if (told) {
      outcomes.recordHarmedInformed(agreementId, number);
    }
  }
}
