package org.amends.app.referral;

import static org.amends.app.casework.CaseFixtures.REFERRER;
import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.exception.BpmnError;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.Sensitivity;
import org.amends.app.casework.Stage;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Screening facts and the duplicate check, against the real case data on PostgreSQL. */
@CaseDataTest
@Import({ScreeningWorker.class, DuplicateCheckWorker.class})
class ScreeningWorkerTest {

  private static final Sensitivity STALKING = new Sensitivity(false, false, false, true, false, false);

  @Autowired ScreeningWorker screening;
  @Autowired DuplicateCheckWorker duplicates;
  @Autowired CaseService cases;
  @Autowired CaseRecordService records;
  @Autowired FacilitatorService facilitators;

  @Test
  void shouldGatherTheFactsOfAnOrdinaryCase() {
    long caseId = open(new Area("BASILDON"), Sensitivity.NONE, false, null);

    Map<String, Object> facts = screening.gatherScreeningFacts(caseId, null);

    assertThat(facts).containsExactlyInAnyOrderEntriesOf(Map.of(
        "wentToCourt", false, "sentenced", false, "sexualOffence", false, "domesticAbuse", false,
        "hateCrime", false, "stalking", false, "homicide", false, "veryVulnerableParty", false,
        "specialistAvailable", false));
    assertThat(cases.get(caseId).stage()).isEqualTo(Stage.SCREENING);
  }

  @Test
  void shouldSayWhetherTwoSpecialistsCanTakeASensitiveCase() {
    long caseId = open(new Area("BRENTWOOD"), STALKING, false, null);
    specialist("Nia Specialist", new Area("BRENTWOOD"));

    assertThat(screening.gatherScreeningFacts(caseId, null))
        .containsEntry("stalking", true).containsEntry("specialistAvailable", false);

    specialist("Oli Specialist", new Area("BRENTWOOD"));

    assertThat(screening.gatherScreeningFacts(caseId, null)).containsEntry("specialistAvailable", true);
  }

  @Test
  void shouldTakeTheSentenceFromTheReferralOrFromTheCoordinator() {
    long awaiting = open(new Area("THURROCK"), Sensitivity.NONE, true, null);
    long sentenced = open(new Area("THURROCK"), Sensitivity.NONE, true, LocalDate.of(2026, 1, 5));

    assertThat(screening.gatherScreeningFacts(awaiting, null))
        .containsEntry("wentToCourt", true).containsEntry("sentenced", false);
    assertThat(screening.gatherScreeningFacts(awaiting, true)).containsEntry("sentenced", true);
    assertThat(screening.gatherScreeningFacts(sentenced, false)).containsEntry("sentenced", true);
  }

  @Test
  void shouldReferOnWithTheDecisionsReasonAsANote() {
    long caseId = open(new Area("SOUTHEND"), STALKING, false, null);

    Map<String, Object> result = screening.referOn(21L, caseId, Map.of("outcome", "refer-on",
        "reason", "Sensitive or complex case and no specialist-trained facilitator is available"));
    screening.referOn(21L, caseId, Map.of("reason", "again"));

    assertThat(result).containsExactly(Map.entry("closureOutcome", "REFERRED_ON"));
    assertThat(records.notes(caseId)).extracting(CaseNote::text).containsExactly(
        "Referred on: Sensitive or complex case and no specialist-trained facilitator is available");
  }

  @Test
  void shouldThrowTheDuplicateErrorWhenTheSamePeopleHaveAnOpenCase() {
    long first = open(new Area("TENDRING"), Sensitivity.NONE, false, null);
    long second = open(new Area("TENDRING"), Sensitivity.NONE, false, null);
    long unrelated = cases.createFromReferral(newCase(new Area("TENDRING"), Sensitivity.NONE,
        harmed("Pia Unrelated", LocalDate.of(1990, 1, 1), null),
        harmer("Quin Unrelated", LocalDate.of(1991, 1, 1), null))).caseId();

    duplicates.checkDuplicate(unrelated);
    assertThatThrownBy(() -> duplicates.checkDuplicate(second))
        .isInstanceOfSatisfying(BpmnError.class, error -> {
          assertThat(error.getErrorCode()).isEqualTo("DUPLICATE_CASE");
          assertThat(error.getVariables()).isEqualTo(Map.of("duplicateOfCaseId", first));
        });

    duplicates.linkDuplicate(31L, second, first);
    duplicates.linkDuplicate(31L, second, null);
    assertThat(records.notes(first)).hasSize(1);
    assertThat(records.notes(second)).singleElement()
        .satisfies(n -> assertThat(n.text()).startsWith("Duplicate of open case"));
  }

  private long open(Area area, Sensitivity sensitivity, boolean wentToCourt, LocalDate sentenceDate) {
    ReferralDetails referral = new ReferralDetails(ReferralSource.POLICE, REFERRER,
        LocalDate.of(2026, 1, 12), LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 4),
        wentToCourt, sentenceDate);
    NewCase base = newCase(area, sensitivity,
        harmed("Rae Screened", LocalDate.of(1985, 3, 3), null),
        harmer("Sol Screened", LocalDate.of(1999, 9, 9), null));
    return cases.createFromReferral(new NewCase(referral, area, base.offenceType(), sensitivity,
        base.parties(), null)).caseId();
  }

  private void specialist(String name, Area area) {
    facilitators.register(Facilitator.of(name, name.replace(' ', '.').toLowerCase() + "@example.org",
        LocalDate.of(1980, 1, 1), TrainingLevel.SPECIALIST, true, Set.of(area))
        .withDbsCheck("001122334455", LocalDate.now().minusMonths(1)));
  }
}
