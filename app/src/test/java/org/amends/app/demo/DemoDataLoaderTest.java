package org.amends.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.amends.app.EngineAndMailTestSupport;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.consent.ConsentService;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.amends.app.referral.Referral;
import org.amends.app.referral.ReferralService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo data as the app loads it at start-up (with the real job workers and email through
 * GreenMail): facilitators, cases at different steps with their tasks, and nothing more when it
 * loads again.
 */
@SpringBootTest(properties = "amends.demo-data.enabled=true")
class DemoDataLoaderTest extends EngineAndMailTestSupport {

  @Autowired DemoDataLoader loader;
  @Autowired CamundaClient camunda;
  @Autowired FacilitatorService facilitators;
  @Autowired CaseService cases;
  @Autowired CaseRecordService records;
  @Autowired ReferralService referrals;
  @Autowired ConsentService consents;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldAddFacilitatorsAcrossTheAreasSomeSpecialistTrained() {
    List<Facilitator> all = facilitators.all();

    assertThat(all).hasSize(DemoCases.facilitators(java.time.LocalDate.now()).size()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(all).filteredOn(f -> f.trainingLevel() == TrainingLevel.SPECIALIST).hasSizeBetween(2, 4);
    assertThat(all.stream().flatMap(f -> f.servedAreas().stream()).distinct().count()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void shouldOpenEachCaseWithItsJourneyAndNotes() {
    List<Case> demo = demoCases();

    assertThat(demo).hasSize(8).allSatisfy(c -> {
      assertThat(c.processInstanceKey()).isNotNull();
      assertThat(c.isOpen()).isTrue();
      assertThat(records.notes(c.id())).extracting(CaseNote::text).contains(DemoDataLoader.MARKER_TEXT);
    });
    assertThat(demo.stream().map(Case::area).distinct()).hasSize(8);
    assertThat(demo.stream().map(Case::offenceType).distinct()).hasSize(8);
    assertThat(demo.stream().map(c -> referrals.get(c.id())).map(Referral::source).distinct().count())
        .isGreaterThanOrEqualTo(6);
    assertThat(demo.stream().mapToLong(c -> records.notes(c.id()).size()).sum())
        .as("the marker notes and a few of a coordinator's").isGreaterThan(demo.size() + 3);
  }

  @Test
  void shouldLeaveTasksAtDifferentStepsSomeWithTheCoordinator() {
    List<UserTask> open = openTasks();

    assertThat(open).extracting(UserTask::getElementId).contains(
        "UserTask_RecordContact", "UserTask_AssessRisk", "UserTask_RecordConsent",
        "UserTask_AllocateFacilitators", "UserTask_RecordPreparationMeeting", "UserTask_RecordSentence");
    assertThat(open).filteredOn(t -> DemoDataLoader.COORDINATOR.equals(t.getAssignee()))
        .extracting(UserTask::getElementId)
        .containsExactlyInAnyOrder("UserTask_RecordContact", "UserTask_AssessRisk", "UserTask_RecordConsent");
    assertThat(open).filteredOn(t -> t.getAssignee() == null)
        .allSatisfy(t -> assertThat(t.getCandidateGroups()).isNotEmpty())
        .anySatisfy(t -> assertThat(t.getCandidateGroups()).containsExactly("coordinators"))
        .anySatisfy(t -> assertThat(t.getCandidateGroups()).containsExactly("facilitators"));
  }

  @Test
  void shouldKeepTheConsentOfEachPartyWhoGaveIt() {
    Case consented = demoCase("burglary-basildon");

    assertThat(cases.parties(consented.id())).extracting(Party::id).allSatisfy(partyId ->
        assertThat(consents.forParty(partyId)).hasValueSatisfying(consent -> {
          assertThat(consent.given()).isTrue();
          assertThat(consent.givenOn()).isBefore(LocalDate.now().plusDays(1));
          assertThat(consent.scope()).isNotBlank();
          assertThat(consent.recordedBy()).isEqualTo(DemoDataLoader.COORDINATOR);
        }));
  }

  @Test
  void shouldLetTheDevelopmentFacilitatorSignInToTheAllocatedCase() {
    Case allocated = demoCase("assault-chelmsford");
    Facilitator linked = facilitators.all().stream()
        .filter(f -> DemoDataLoader.FACILITATOR.equals(f.username()))
        .findFirst().orElseThrow(() -> new AssertionError("No facilitator signs in as 'facilitator'"));

    assertThat(facilitators.currentAllocation(allocated.id())).hasValueSatisfying(a ->
        assertThat(List.of(a.firstFacilitatorId(), a.secondFacilitatorId())).contains(linked.id()));
  }

  @Test
  void shouldAddNothingWhenLoadedAgain() {
    // given
    long caseCount = count("amends.case_file");
    long noteCount = count("amends.case_note");
    long facilitatorCount = count("amends.facilitator");
    List<Long> taskKeys = openTasks().stream().map(UserTask::getUserTaskKey).sorted().toList();

    // when the app starts again
    DemoDataLoader.Loaded loaded = loader.load();

    // then
    assertThat(loaded).isEqualTo(new DemoDataLoader.Loaded(0, 0));
    assertThat(count("amends.case_file")).isEqualTo(caseCount);
    assertThat(count("amends.case_note")).isEqualTo(noteCount);
    assertThat(count("amends.facilitator")).isEqualTo(facilitatorCount);
    assertThat(openTasks().stream().map(UserTask::getUserTaskKey).sorted().toList()).isEqualTo(taskKeys);
  }

  private List<Case> demoCases() {
    return DemoCases.cases(LocalDate.now()).stream().map(d -> demoCase(d.key())).toList();
  }

  private Case demoCase(String key) {
    return records.noteByRequestKey(DemoDataLoader.MARKER + key)
        .map(note -> cases.get(note.caseId()))
        .orElseThrow(() -> new AssertionError("No demo case " + key));
  }

  private List<UserTask> openTasks() {
    return camunda.newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED))
        .page(p -> p.limit(200))
        .send().join().items().stream()
        .filter(Objects::nonNull)
        .toList();
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

}
