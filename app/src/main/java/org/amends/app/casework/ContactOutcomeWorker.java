package org.amends.app.casework;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** After every party was contacted, ContactReview decides whether the case goes on. */
@Component
public class ContactOutcomeWorker {

  private final ContactReview review;

  ContactOutcomeWorker(ContactReview review) {
    this.review = review;
  }

  /**
   * {@code contactOutcomes} holds one {partyId, outcome, acceptsResponsibility} per party.
   * Returns {@code closureOutcome} when the case cannot go on, nothing when it can.
   */
  @JobWorker(type = "review-contact-outcomes")
  public Map<String, Object> reviewContactOutcomes(
      @JobKey long jobKey,
      @Variable long caseId,
      @Variable List<Map<String, Object>> contactOutcomes) {
    List<ContactAnswer> answers = contactOutcomes.stream()
        .map(answer -> new ContactAnswer(
            ProcessIds.id("contactOutcomes.partyId", answer.get("partyId")),
            answer.get("outcome") == null ? null : String.valueOf(answer.get("outcome")),
            answer.get("acceptsResponsibility") instanceof Boolean accepts ? accepts : null))
        .toList();
    return review.review(caseId, answers, String.valueOf(jobKey))
        .<Map<String, Object>>map(outcome -> Map.of("closureOutcome", outcome.name()))
        .orElseGet(Map::of);
  }
}
