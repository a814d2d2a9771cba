package org.amends.app.facilitation;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.Sensitivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CaseDataTest
class FacilitatorMatcherTest {

  // Each test's data is rolled back, so a test sees only the facilitators it registers.
  private static final Sensitivity DOMESTIC_ABUSE =
      new Sensitivity(false, true, false, false, false, false);

  @Autowired FacilitatorMatcher matcher;
  @Autowired FacilitatorService facilitators;
  @Autowired CaseService cases;

  @Test
  void shouldSuggestOnlySpecialistsForASensitiveCase() {
    // given
    Facilitator standard = register("Ava Standard", TrainingLevel.STANDARD, new Area("CHELMSFORD"));
    Facilitator specialist1 = register("Bo Specialist", TrainingLevel.SPECIALIST, new Area("CHELMSFORD"));
    Facilitator specialist2 = register("Cai Specialist", TrainingLevel.SPECIALIST, new Area("CHELMSFORD"));
    long caseId = openCase(new Area("CHELMSFORD"), DOMESTIC_ABUSE);

    // when
    List<Facilitator> suggested = matcher.suggestPair(caseId);

    // then
    assertThat(suggested).extracting(Facilitator::id)
        .containsExactly(specialist1.id(), specialist2.id())
        .doesNotContain(standard.id());
  }

  @Test
  void shouldPreferStandardTrainedForAnOrdinaryCaseToKeepSpecialistsFree() {
    // given
    Facilitator specialist = register("Dee Specialist", TrainingLevel.SPECIALIST, new Area("HARLOW"));
    Facilitator standard1 = register("Eli Standard", TrainingLevel.STANDARD, new Area("HARLOW"));
    Facilitator standard2 = register("Fay Standard", TrainingLevel.STANDARD, new Area("HARLOW"));
    long caseId = openCase(new Area("HARLOW"), Sensitivity.NONE);

    // when
    List<Facilitator> suggested = matcher.suggest(caseId, 3);

    // then
    assertThat(suggested).extracting(Facilitator::id)
        .containsExactly(standard1.id(), standard2.id(), specialist.id());
  }

  @Test
  void shouldSuggestOnlyAvailableFacilitatorsServingTheArea() {
    // given
    Facilitator here = register("Gil Here", TrainingLevel.STANDARD, new Area("SOUTHEND"));
    register("Hux Elsewhere", TrainingLevel.STANDARD, new Area("THURROCK"));
    Facilitator away = register("Ina Away", TrainingLevel.STANDARD, new Area("SOUTHEND"));
    facilitators.setAvailable(away.id(), false);
    Facilitator both = register("Jo Both", TrainingLevel.STANDARD, new Area("THURROCK"), new Area("SOUTHEND"));
    long caseId = openCase(new Area("SOUTHEND"), Sensitivity.NONE);

    // when
    List<Facilitator> suggested = matcher.suggest(caseId, 5);

    // then
    assertThat(suggested).extracting(Facilitator::id).containsExactly(here.id(), both.id());
  }

  @Test
  void shouldPutTheLeastBusyFirstCountingOnlyOpenCases() {
    // given
    Facilitator busy = register("Kit Busy", TrainingLevel.STANDARD, new Area("BASILDON"));
    Facilitator free = register("Lou Free", TrainingLevel.STANDARD, new Area("BASILDON"));
    Facilitator once = register("Max Once", TrainingLevel.STANDARD, new Area("BASILDON"));
    Facilitator helper = register("Nia Helper", TrainingLevel.STANDARD, new Area("OTHER"));
    facilitators.allocate(openCase(new Area("BASILDON"), Sensitivity.NONE), busy.id(), helper.id(), "coord");
    facilitators.allocate(openCase(new Area("BASILDON"), Sensitivity.NONE), busy.id(), once.id(), "coord");
    long closedCase = openCase(new Area("BASILDON"), Sensitivity.NONE);
    facilitators.allocate(closedCase, free.id(), helper.id(), "coord");
    cases.recordClosure(closedCase, ClosureOutcome.COMPLETED_DIRECT);
    long caseId = openCase(new Area("BASILDON"), Sensitivity.NONE);

    // when
    List<Facilitator> suggested = matcher.suggest(caseId, 3);

    // then
    assertThat(suggested).extracting(Facilitator::id)
        .containsExactly(free.id(), once.id(), busy.id());
  }

  @Test
  void shouldSuggestFewerWhenFewerMatch() {
    // given
    Facilitator only = register("Oz Only", TrainingLevel.SPECIALIST, new Area("TENDRING"));
    long caseId = openCase(new Area("TENDRING"), DOMESTIC_ABUSE);

    // when / then
    assertThat(matcher.suggestPair(caseId)).extracting(Facilitator::id).containsExactly(only.id());
  }

  private Facilitator register(String name, TrainingLevel level, Area... areas) {
    return facilitators.register(Facilitator.of(name, UUID.randomUUID() + "@volunteers.example",
        LocalDate.of(1985, 4, 1), level, true, Set.of(areas)));
  }

  private long openCase(Area area, Sensitivity sensitivity) {
    return cases.createFromReferral(newCase(area, sensitivity,
        harmed("Harmed " + UUID.randomUUID(), null, null),
        harmer("Harmer " + UUID.randomUUID(), null, null))).caseId();
  }
}
