package org.amends.app.followup;

import static org.amends.app.casework.CaseFixtures.ordinaryCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CaseDataTest
class SurveyServiceTest {

  @Autowired SurveyService surveys;
  @Autowired CaseService cases;

  @Test
  void shouldRecordParticipantAndReferrerResponsesOncePerRequestKey() {
    // given
    CaseCreated created = cases.createFromReferral(ordinaryCase("Uri Vance", "Wren Yates"));
    Instant now = Instant.parse("2026-08-01T09:00:00Z");
    surveys.record(SurveyResponse.fromParty(created.caseId(), created.partyIds().get(0), true,
        true, false, "Helpful", now, "form-1"));
    surveys.record(SurveyResponse.fromReferrer(created.caseId(), true, null, now, "form-2"));

    // when
    surveys.record(SurveyResponse.fromReferrer(created.caseId(), true, null, now, "form-2"));

    // then
    assertThat(surveys.forCase(created.caseId()))
        .extracting(SurveyResponse::respondent, SurveyResponse::wouldRecommend)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Respondent.PARTY, true),
            org.assertj.core.groups.Tuple.tuple(Respondent.REFERRER, true));
  }
}
