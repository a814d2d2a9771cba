package org.amends.app.outcome;

import java.util.LinkedHashMap;
import java.util.Map;
import org.amends.app.casework.ProcessIds;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Component;

/**
 * The check-action form shows what was agreed and by whom; the process's {@code action} carries
 * only the agreement's id, the action's number and its due date, so the rest comes from Amends.
 */
@Component
class ActionCheckFormData implements TaskFormData {

  private final OutcomeService outcomes;

  ActionCheckFormData(OutcomeService outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public String formId() {
    return "check-action";
  }

  @Override
  public Map<String, Object> prefill(Map<String, Object> variables) {
    if (!(variables.get("action") instanceof Map<?, ?> action)) {
      return Map.of();
    }
    OutcomeAction agreed = outcomes.get(ProcessIds.id("action.agreementId", action.get("agreementId")))
        .action((int) ProcessIds.id("action.number", action.get("number")));
    Map<String, Object> shown = new LinkedHashMap<>();
    action.forEach((k, v) -> shown.put(String.valueOf(k), v));
    shown.put("description", agreed.description());
    shown.put("owner", agreed.owner());
    return Map.of("action", shown);
  }
}
