package org.amends.app.casework;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * After every party was contacted: the case goes on only when the harmed person and the harmer
 * both agreed. Parties who declined are recorded as such.
 */
@Component
public class ContactOutcomeWorker {

  private final CaseService cases;

  ContactOutcomeWorker(CaseService cases) {
    this.cases = cases;
  }

  /**
   * Returns {@code closureOutcome} when the case cannot go on: the harmed person's answer counts
   * first, and a refusal counts before no answer (DECLINED_BY_HARMED, DECLINED_BY_HARMER, then
   * NO_CONTACT). Returns nothing when both agreed.
   */
  @JobWorker(type = "review-contact-outcomes")
  public Map<String, Object> reviewContactOutcomes(
      @Variable long caseId, @Variable List<Map<String, Object>> contactOutcomes) {
    boolean harmedDeclined = false;
    boolean harmerDeclined = false;
    boolean principalNotReached = false;
    for (Map<String, Object> answer : contactOutcomes) {
      long partyId = ProcessIds.id("contactOutcomes.partyId", answer.get("partyId"));
      String outcome = String.valueOf(answer.get("outcome"));
      Party party = cases.party(partyId);
      if (party.caseId() != caseId) {
        throw new IllegalArgumentException("Party " + partyId + " is not in case " + caseId);
      }
      boolean principal = party.role() == PartyRole.HARMED || party.role() == PartyRole.HARMER;
      switch (outcome) {
        case "AGREED" -> { }
        case "DECLINED" -> {
          cases.recordDeclined(caseId, partyId);
          harmedDeclined |= party.role() == PartyRole.HARMED;
          harmerDeclined |= party.role() == PartyRole.HARMER;
        }
        case "NO_CONTACT" -> principalNotReached |= principal;
        default -> throw new IllegalArgumentException(
            "Contact outcome of party " + partyId + " should be AGREED, DECLINED or NO_CONTACT,"
                + " but was " + outcome);
      }
    }
    Optional<ClosureOutcome> closure =
        harmedDeclined ? Optional.of(ClosureOutcome.DECLINED_BY_HARMED)
            : harmerDeclined ? Optional.of(ClosureOutcome.DECLINED_BY_HARMER)
            : principalNotReached ? Optional.of(ClosureOutcome.NO_CONTACT)
            : Optional.empty();
    if (closure.isEmpty()) {
      cases.setStage(caseId, Stage.ASSESSMENT);
      return Map.of();
    }
    return Map.of("closureOutcome", closure.get().name());
  }
}
