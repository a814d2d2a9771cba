package org.amends.app.outcome;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.LocalDate;
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
  private final Clock clock;

  OutcomeWorkers(
      OutcomeService outcomes, CaseService cases, NotificationService notifications, Clock clock) {
    this.outcomes = outcomes;
    this.cases = cases;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * Stores the form's actions (description, owner, dueAt) as the case's outcome agreement and
   * returns them as {@code actions} with the agreement's id and each action's number, for the
   * follow-up of each action.
   */
  @JobWorker(type = "record-outcome-actions")
  public Map<String, Object> recordOutcomeActions(
      @JobKey long jobKey,
      @Variable long caseId,
      @Variable(optional = true) List<Map<String, Object>> actions) {
    cases.setStage(caseId, Stage.OUTCOME);
    List<OutcomeAction> agreed = new ArrayList<>();
    for (Map<String, Object> action : actions == null ? List.<Map<String, Object>>of() : actions) {
      agreed.add(OutcomeAction.open(
          text(action, "description"), text(action, "owner"), dueOn(action.get("dueAt"))));
    }
    OutcomeAgreement agreement = outcomes.record(
        OutcomeAgreement.of(caseId, LocalDate.now(clock), agreed, String.valueOf(jobKey)));
    List<Map<String, Object>> recorded = new ArrayList<>();
    for (int number = 0; number < agreement.actions().size(); number++) {
      OutcomeAction a = agreement.actions().get(number);
      recorded.add(Map.of("agreementId", agreement.id(), "number", number,
          "description", a.description(), "owner", a.owner(), "dueAt", a.dueOn().toString()));
    }
    return Map.of("actions", recorded);
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

  private static String text(Map<String, Object> action, String field) {
    Object value = action.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalArgumentException("An agreed action has no " + field + ": " + action);
    }
    return value.toString().trim();
  }

  /** The form gives a date (2026-03-27); a date and time is cut to its date. */
  private static LocalDate dueOn(Object dueAt) {
    if (dueAt == null || dueAt.toString().length() < 10) {
      throw new IllegalArgumentException("An agreed action has no due date: " + dueAt);
    }
    return LocalDate.parse(dueAt.toString().substring(0, 10));
  }
}
