package org.amends.app.survey;

import java.time.Instant;
import org.amends.app.followup.Respondent;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A personal survey link sent to a participant or a referrer. Only the SHA-256 of the token is
 * kept: whoever reads the table cannot answer on someone's behalf.
 */
@Table(schema = "amends", name = "survey_invitation")
record SurveyInvitation(
    @Id Long id,
    long caseId,
    Respondent respondent,
    Long partyId,
    String tokenHash,
    Instant createdAt,
    Instant expiresAt,
    Instant usedAt,
    String requestKey) {

  SurveyInvitation used(Instant at) {
    return new SurveyInvitation(id, caseId, respondent, partyId, tokenHash, createdAt, expiresAt, at, requestKey);
  }
}
