package org.amends.app.consent;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.ProcessIds;
import org.springframework.stereotype.Component;

/** Someone did not give informed consent: whose refusal closes the case. */
@Component
public class DeclinedConsentWorker {

  private final CaseService cases;

  DeclinedConsentWorker(CaseService cases) {
    this.cases = cases;
  }

  /**
   * {@code consents} holds each participant's consentGiven, in participantIds order. The harmed
   * person's refusal counts first. When only a supporter or another affected person refused,
   * there is no outcome code for it: that is a technical failure (an incident), not a guess.
   */
  @JobWorker(type = "record-declined-consent")
  public Map<String, Object> recordDeclinedConsent(
      @Variable long caseId, @Variable List<Object> participantIds, @Variable List<Object> consents) {
    List<Long> ids = ProcessIds.ids("participantIds", participantIds);
    if (ids.size() != consents.size()) {
      throw new IllegalArgumentException("Case " + caseId + " has " + ids.size()
          + " participants but " + consents.size() + " consent answers");
    }
    boolean harmedDeclined = false;
    boolean harmerDeclined = false;
    for (int i = 0; i < ids.size(); i++) {
      if (!Boolean.TRUE.equals(consents.get(i))) {
        Party party = cases.party(ids.get(i));
        harmedDeclined |= party.role() == PartyRole.HARMED;
        harmerDeclined |= party.role() == PartyRole.HARMER;
      }
    }
    if (harmedDeclined) {
      return Map.of("closureOutcome", ClosureOutcome.DECLINED_BY_HARMED.name());
    }
    if (harmerDeclined) {
      return Map.of("closureOutcome", ClosureOutcome.DECLINED_BY_HARMER.name());
    }
    throw new IllegalStateException("In case " + caseId + " the harmed person and the harmer "
        + "consented and only another participant did not; no closure outcome fits, so the "
        + "process should not close the case for it");
  }
}
