package org.amends.app.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amends.app.taskform.AnsweredTask;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Component;

/**
 * The record-outcome-agreement form: the agreed actions (what, by whom, when) are the case's
 * outcome agreement in Amends; the process gets the agreement's id ({@code outcomeAgreementId}).
 */
@Component
class OutcomeAgreementFormData implements TaskFormData {

  private final OutcomeService outcomes;
  private final Clock clock;

  OutcomeAgreementFormData(OutcomeService outcomes, Clock clock) {
    this.outcomes = outcomes;
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "record-outcome-agreement";
  }

  @Override
  public Set<String> keeps() {
    return Set.of("actions");
  }

  @Override
  public Map<String, Object> keep(AnsweredTask task, Map<String, Object> answers) {
    List<OutcomeAction> actions = new ArrayList<>();
    if (answers.get("actions") instanceof List<?> items) {
      for (Object item : items) {
        Map<?, ?> action = (Map<?, ?>) item;
        actions.add(OutcomeAction.open(text(action, "description"), text(action, "owner"),
            dueOn(action.get("dueAt"))));
      }
    }
    OutcomeAgreement agreement = outcomes.record(
        OutcomeAgreement.of(task.caseId(), LocalDate.now(clock), actions, task.requestKey()));
    return Map.of("outcomeAgreementId", agreement.id());
  }

  private static String text(Map<?, ?> action, String field) {
    Object value = action.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalArgumentException("An agreed action has no " + field);
    }
    return value.toString().trim();
  }

  /** The form gives a date (2026-03-27); a date and time is cut to its date. */
  private static LocalDate dueOn(Object dueAt) {
    if (dueAt == null || dueAt.toString().length() < 10) {
      throw new IllegalArgumentException("An agreed action has no due date");
    }
    return LocalDate.parse(dueAt.toString().substring(0, 10));
  }
}
