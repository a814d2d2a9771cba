package org.amends.app.casework;

import static org.amends.app.casework.CaseFixtures.ordinaryCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CaseDataTest
class CaseRecordServiceTest {

  @Autowired CaseRecordService records;
  @Autowired CaseService cases;
  @Autowired FacilitatorService facilitators;

  @Test
  void shouldCountContactAttemptsOncePerRequestKey() {
    // given
    CaseCreated created = cases.createFromReferral(ordinaryCase("Dov Eames", "Fox Grey"));
    long party = created.partyIds().get(0);

    // when
    records.logContact(attempt(created.caseId(), party, "job-1"));
    records.logContact(attempt(created.caseId(), party, "job-1"));
    records.logContact(attempt(created.caseId(), party, "job-2"));

    // then
    assertThat(records.contactAttempts(party)).isEqualTo(2);
    assertThat(records.contactLog(created.caseId())).hasSize(2);
  }

  @Test
  void shouldKeepTheLatestAssessmentOfEachKind() {
    // given
    long caseId = cases.createFromReferral(ordinaryCase("Hew Iles", "Jem Kaye")).caseId();
    records.recordRiskAssessment(assessment(caseId, AssessmentKind.INITIAL, RiskLevel.HIGH, "a"));
    records.recordRiskAssessment(assessment(caseId, AssessmentKind.SECOND, RiskLevel.LOW, "b"));

    // when / then
    assertThat(records.latestRiskAssessment(caseId, AssessmentKind.INITIAL))
        .get().extracting(RiskAssessment::riskOfFurtherHarm).isEqualTo(RiskLevel.HIGH);
    assertThat(records.latestRiskAssessment(caseId, AssessmentKind.SECOND))
        .get().extracting(RiskAssessment::riskOfFurtherHarm).isEqualTo(RiskLevel.LOW);
  }

  @Test
  void shouldLogVolunteerHoursAgainstTheCase() {
    // given
    long caseId = cases.createFromReferral(ordinaryCase("Lyn Moor", "Nat Oak")).caseId();
    long facilitator = facilitators.register(Facilitator.of("Pru Quay", "pru@volunteers.example",
        LocalDate.of(1990, 1, 1), TrainingLevel.STANDARD, true, Set.of(new Area("COLCHESTER")))).id();

    // when
    records.logVolunteerHours(new VolunteerHours(null, facilitator, caseId,
        VolunteerActivity.PREPARATION, LocalDate.of(2026, 4, 1), new BigDecimal("2.50"), "h-1"));
    records.addNote(new CaseNote(null, caseId, "Met both parties", "Pru Quay", Instant.now(), null));

    // then
    assertThat(records.volunteerHours(caseId)).singleElement()
        .extracting(VolunteerHours::hours).isEqualTo(new BigDecimal("2.50"));
    assertThat(records.notes(caseId)).extracting(CaseNote::text).containsExactly("Met both parties");
  }

  private static ContactLog attempt(long caseId, long partyId, String key) {
    return new ContactLog(null, caseId, partyId, Instant.parse("2026-02-01T10:00:00Z"),
        ContactMethod.PHONE, ContactOutcome.NO_ANSWER, null, "coord1", key);
  }

  private static RiskAssessment assessment(
      long caseId, AssessmentKind kind, RiskLevel risk, String key) {
    return new RiskAssessment(null, caseId, kind, risk, null, null, null, null, null, null,
        AssessmentOutcome.PROCEED, null, "coord1", LocalDate.of(2026, 3, 1), key);
  }
}
