package org.amends.app.followup;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participant's satisfaction survey or the referrer's feedback; answers may be left blank
 * (null). Satisfaction is on a five-point scale (5 very satisfied); {@code satisfied} is true for
 * the top two answers. The service reports satisfaction and how many would recommend it.
 */
@Table(schema = "amends", name = "survey_response")
public record SurveyResponse(
    @Id Long id,
    long caseId,
    Respondent respondent,
    Long partyId,
    Boolean satisfied,
    Boolean wouldRecommend,
    Boolean feltPrepared,
    String comments,
    Instant receivedAt,
    String requestKey,
    Integer satisfaction,
    Boolean wellRun) {

  public static SurveyResponse fromParty(
      long caseId, long partyId, Boolean satisfied, Boolean wouldRecommend, Boolean feltPrepared,
      String comments, Instant receivedAt, String requestKey) {
    return new SurveyResponse(null, caseId, Respondent.PARTY, partyId, satisfied, wouldRecommend,
        feltPrepared, comments, receivedAt, requestKey, null, null);
  }

  public static SurveyResponse fromReferrer(
      long caseId, Boolean wouldRecommend, String comments, Instant receivedAt, String requestKey) {
    return new SurveyResponse(null, caseId, Respondent.REFERRER, null, null, wouldRecommend, null,
        comments, receivedAt, requestKey, null, null);
  }
}
