package org.amends.app.consent;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.UserTask;
import java.util.Objects;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.ProcessIds;
import org.amends.app.casework.Stage;
import org.springframework.stereotype.Component;

/**
 * Each party's answer to the consent form is on the case (the consent table): whether they gave
 * consent, when, and to what. The tasklist keeps it when the task is completed; the process
 * carries only the yes or no (and the date), which this checks against what was kept.
 */
@Component
public class ConsentWorker {

  static final String CONSENT_TASK = "UserTask_RecordConsent";

  /** Who recorded a consent whose task nobody claimed: someone in the task's candidate group. */
  static final String UNASSIGNED = "coordinators";

  private final ConsentService consents;
  private final CaseService cases;
  private final CamundaClient camunda;

  ConsentWorker(ConsentService consents, CaseService cases, CamundaClient camunda) {
    this.consents = consents;
    this.cases = cases;
    this.camunda = camunda;
  }

  @JobWorker(type = "store-consent")
  public void storeConsent(
      ActivatedJob job,
      @Variable long caseId,
      @Variable Object partyId,
      @Variable(optional = true) Boolean consentGiven,
      @Variable(optional = true) String consentDate) {
    Party party = cases.party(ProcessIds.id("partyId", partyId));
    if (party.caseId() != caseId) {
      throw new IllegalArgumentException("Party " + party.id() + " is not in case " + caseId);
    }
    cases.setStage(caseId, Stage.CONSENT);
    consents.confirmAnswer(party.id(), consentGiven, consentDate, () -> recordedBy(job));
  }

  /** The assignee of the consent task this job follows: the coordinator who completed it. */
  private String recordedBy(ActivatedJob job) {
    return camunda.newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(job.getProcessInstanceKey()).elementId(CONSENT_TASK))
        .send()
        .join()
        .items()
        .stream()
        .map(UserTask::getAssignee)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(UNASSIGNED);
  }
}
