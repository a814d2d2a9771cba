package org.amends.app.facilitation;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.Sensitivity;
import org.amends.app.meeting.Meeting;
import org.amends.app.meeting.MeetingKind;
import org.amends.app.meeting.MeetingService;
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
  @Autowired MeetingService meetings;

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

  @Test
  void shouldLeaveOutAFacilitatorWhoIsNotActive() {
    // given
    Facilitator active = register("Pia Active", TrainingLevel.STANDARD, new Area("COLCHESTER"));
    Facilitator inactive = register("Quin Inactive", TrainingLevel.STANDARD, new Area("COLCHESTER"));
    facilitators.setAvailable(inactive.id(), false);
    long caseId = openCase(new Area("COLCHESTER"), Sensitivity.NONE);

    // when / then
    assertThat(matcher.suggest(caseId, 5)).extracting(Facilitator::id).containsExactly(active.id());
    assertThat(reasonsAgainst(caseId, inactive)).containsExactly("not active on the register");
  }

  @Test
  void shouldLeaveOutAFacilitatorWithoutAValidDbsCheck() {
    // given
    LocalDate today = LocalDate.now();
    Facilitator valid = register("Rue Valid", TrainingLevel.STANDARD, new Area("HARLOW"));
    Facilitator none = facilitators.register(Facilitator.of("Sam None", UUID.randomUUID() + "@volunteers.example",
        LocalDate.of(1985, 4, 1), TrainingLevel.STANDARD, true, Set.of(new Area("HARLOW"))));
    Facilitator expired = facilitators.register(Facilitator.of("Tam Expired", UUID.randomUUID() + "@volunteers.example",
        LocalDate.of(1985, 4, 1), TrainingLevel.STANDARD, true, Set.of(new Area("HARLOW")))
        .withDbsCheck("001234567890", today.minusYears(3)));
    Facilitator lapsing = facilitators.register(Facilitator.of("Uma Lapsing", UUID.randomUUID() + "@volunteers.example",
        LocalDate.of(1985, 4, 1), TrainingLevel.STANDARD, true, Set.of(new Area("HARLOW")))
        .withDbsCheck("001234567891", today.minusYears(3).plusDays(10)));
    long caseId = openCase(new Area("HARLOW"), Sensitivity.NONE);
    // the conference is after Uma's check expires
    meetings.schedule(Meeting.scheduled(caseId, MeetingKind.CONFERENCE, null,
        today.plusDays(20).atTime(14, 0).atZone(ZoneId.of("Europe/London")).toInstant(), "Hall", null));

    // when / then
    assertThat(matcher.suggest(caseId, 5)).extracting(Facilitator::id).containsExactly(valid.id());
    assertThat(reasonsAgainst(caseId, none)).containsExactly("no DBS check recorded");
    assertThat(reasonsAgainst(caseId, expired)).singleElement().asString().startsWith("DBS check not valid on");
    assertThat(reasonsAgainst(caseId, lapsing)).singleElement().asString()
        .startsWith("DBS check not valid on").contains("it expires on");
  }

  @Test
  void shouldLeaveOutAFacilitatorAwayOnAMeetingDate() {
    // given
    LocalDate meetingDay = LocalDate.now().plusDays(10);
    Facilitator free = register("Vic Free", TrainingLevel.STANDARD, new Area("BRENTWOOD"));
    Facilitator away = register("Wyn Away", TrainingLevel.STANDARD, new Area("BRENTWOOD"));
    Facilitator awayOtherDays = register("Xan Elsewhen", TrainingLevel.STANDARD, new Area("BRENTWOOD"));
    facilitators.addAway(away.id(), new AwayPeriod(meetingDay.minusDays(1), meetingDay.plusDays(2)));
    facilitators.addAway(awayOtherDays.id(), new AwayPeriod(meetingDay.plusDays(1), meetingDay.plusDays(3)));
    long caseId = openCase(new Area("BRENTWOOD"), Sensitivity.NONE);
    meetings.schedule(Meeting.scheduled(caseId, MeetingKind.CONFERENCE, null,
        meetingDay.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(), "Hall", null));

    // when / then
    assertThat(matcher.suggest(caseId, 5)).extracting(Facilitator::id)
        .containsExactlyInAnyOrder(free.id(), awayOtherDays.id());
    assertThat(reasonsAgainst(caseId, away)).singleElement().asString().startsWith("away on ");
  }

  @Test
  void shouldNeverProposeAFacilitatorWithAConflictOfInterestRecordedOnTheCase() {
    // given
    Facilitator clear = register("Yas Clear", TrainingLevel.STANDARD, new Area("CHELMSFORD"));
    Facilitator knowsThem = register("Zed Knows", TrainingLevel.STANDARD, new Area("CHELMSFORD"));
    long caseId = openCase(new Area("CHELMSFORD"), Sensitivity.NONE);
    long otherCase = openCase(new Area("CHELMSFORD"), Sensitivity.NONE);
    facilitators.recordConflict(caseId, knowsThem.id(), "coordinator");

    // when / then: left out of that case only
    assertThat(matcher.suggest(caseId, 5)).extracting(Facilitator::id).containsExactly(clear.id());
    assertThat(reasonsAgainst(caseId, knowsThem)).containsExactly("a conflict of interest is recorded on this case");
    assertThat(matcher.suggest(otherCase, 5)).extracting(Facilitator::id).contains(knowsThem.id());
  }

  @Test
  void shouldSayWhyEachFacilitatorWasLeftOutAndWhyTheOthersWereProposed() {
    // given
    Facilitator specialist = register("Abe Specialist", TrainingLevel.SPECIALIST, new Area("THURROCK"));
    Facilitator standard = register("Bea Standard", TrainingLevel.STANDARD, new Area("THURROCK"), new Area("SOUTHEND"));
    long caseId = openCase(new Area("THURROCK"), DOMESTIC_ABUSE);

    // when
    List<Candidate> assessed = matcher.assess(caseId);

    // then
    Candidate first = assessed.get(0);
    assertThat(first.facilitator().id()).isEqualTo(specialist.id());
    assertThat(first.proposedBecause()).contains("works in Thurrock", "specialist-trained", "DBS check valid until",
        "0 open cases");
    assertThat(reasonsAgainst(caseId, standard)).containsExactly("not trained for sensitive or complex cases");
    Candidate left = assessed.stream().filter(c -> c.facilitator().id().equals(standard.id())).findFirst().orElseThrow();
    assertThat(left.explanation()).isEqualTo("Bea Standard: not trained for sensitive or complex cases");
  }

  private List<String> reasonsAgainst(long caseId, Facilitator f) {
    return matcher.assess(caseId).stream().filter(c -> c.facilitator().id().equals(f.id()))
        .findFirst().orElseThrow().leftOutBecause();
  }

  private Facilitator register(String name, TrainingLevel level, Area... areas) {
    return facilitators.register(Facilitator.of(name, UUID.randomUUID() + "@volunteers.example",
        LocalDate.of(1985, 4, 1), level, true, Set.of(areas))
        .withDbsCheck("001234567899", LocalDate.now().minusMonths(6)));
  }

  private long openCase(Area area, Sensitivity sensitivity) {
    return cases.createFromReferral(newCase(area, sensitivity,
        harmed("Harmed " + UUID.randomUUID(), null, null),
        harmer("Harmer " + UUID.randomUUID(), null, null))).caseId();
  }
}
