package org.amends.app.consent;

import java.util.Map;
import java.util.Set;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.taskform.AnsweredTask;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Component;

/** The record-consent form: what the party agreed to (free text) is kept with their consent. */
@Component
class ConsentFormData implements TaskFormData {

  private final ConsentService consents;
  private final CaseService cases;

  ConsentFormData(ConsentService consents, CaseService cases) {
    this.consents = consents;
    this.cases = cases;
  }

  @Override
  public String formId() {
    return "record-consent";
  }

  @Override
  public Set<String> keeps() {
    return Set.of("consentScope");
  }

  @Override
  public Map<String, Object> keep(AnsweredTask task, Map<String, Object> answers) {
    Party party = cases.partyOfTask(task.caseId(), task.variables().get("partyId"));
    consents.recordAnswer(party.id(), (Boolean) answers.get("consentGiven"),
        (String) answers.get("consentDate"), (String) answers.get("consentScope"), task.completedBy());
    return Map.of();
  }
}
