package org.amends.app.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.camunda.client.CamundaClient;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.amends.app.EmbeddedEngineTestSupport;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseFixtures;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.Sensitivity;
import org.amends.app.monitoring.targets.Targets;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.ReferralSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The figures against a fixture computed by hand: three cases (two in Colchester, one in
 * Southend) of a fixture process referred on Thursday 2 April 2026, just before Easter, with
 * their steps' times written into the reporting tables, and the pages' "now" pinned to Wednesday
 * 8 April 2026 at 12:00 UTC. Medians and 90th percentiles are PostgreSQL's percentile_cont
 * (linear between the two nearest values).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringFiguresTest extends EmbeddedEngineTestSupport {

  private static final String PROCESS = "monitoring-figures-fixture";
  private static final Instant NOW = Instant.parse("2026-04-08T12:00:00Z");
  private static final double HOUR = 3600;

  @Autowired JdbcTemplate jdbc;
  @Autowired NamedParameterJdbcTemplate named;
  @Autowired CaseService cases;
  @Autowired Targets targets;
  @Autowired CamundaClient camunda;

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final long base = 8_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 1000;
  private final long a = base + 1;
  private final long b = base + 2;
  private final long c = base + 3;
  private CaseCreated caseA;
  private CaseCreated caseC;
  private Instant dueA;
  private Instant dueC;

  @BeforeAll
  void fixture() {
    LocalDate referred = LocalDate.of(2026, 4, 2);
    caseA = openCase(a, new Area("COLCHESTER"), ReferralSource.POLICE, referred);
    openCase(b, new Area("COLCHESTER"), ReferralSource.POLICE, referred);
    caseC = openCase(c, new Area("SOUTHEND"), new ReferralSource("COUNCIL"), referred);
    instance(a, "2026-04-01T08:00:00Z", null);
    instance(b, "2026-04-01T08:00:00Z", "2026-04-02T08:00:00Z");
    instance(c, "2026-04-07T12:00:00Z", null);
    // a step every case completed: 1, 3 and 5 hours
    element(a, 10, "UserTask_Step", "COMPLETED", "2026-04-01T09:00:00Z", "2026-04-01T10:00:00Z");
    element(b, 10, "UserTask_Step", "COMPLETED", "2026-04-01T09:00:00Z", "2026-04-01T12:00:00Z");
    element(c, 10, "UserTask_Step", "COMPLETED", "2026-04-01T09:00:00Z", "2026-04-01T14:00:00Z");
    // a step two cases wait at: A for 2 days, C for 6 hours. Their due dates are the targets: A is
    // an enhanced-rights case (1 working day: Good Friday and Easter Monday skipped, Tuesday 7
    // April at 5pm BST, gone); C has 5 working days (Monday 13 April, to come)
    var target = targets.of("UserTask_RecordContact").orElseThrow();
    dueA = targets.due(target, referred, true).toInstant();
    dueC = targets.due(target, referred, false).toInstant();
    element(a, 20, "UserTask_Wait", "ACTIVE", "2026-04-06T12:00:00Z", null);
    element(c, 20, "UserTask_Wait", "ACTIVE", "2026-04-08T06:00:00Z", null);
    task(a, 20, "coordinators", false, "2026-04-06T12:00:00Z", dueA);
    task(c, 20, "coordinators,facilitators", true, "2026-04-08T06:00:00Z", dueC);
    jdbc.update("""
        insert into amends.report_incident (incident_key, process_instance_key, process_definition_key, process_id, element_id,
          element_instance_key, job_key, error_type, error_message, state, created_at)
        values (?, ?, 1, ?, 'ServiceTask_Next', ?, ?, 'JOB_NO_RETRIES', 'Fixture failure', 'ACTIVE', ?)""",
        a + 900, a, PROCESS, a + 30, a + 31, Timestamp.from(Instant.parse("2026-04-08T11:00:00Z")));
  }

  @Test
  void shouldCountTargetsInWorkingDaysOverEaster() {
    assertThat(dueA).isEqualTo(Instant.parse("2026-04-07T16:00:00Z"));
    assertThat(dueC).isEqualTo(Instant.parse("2026-04-13T16:00:00Z"));
  }

  @Test
  void shouldComputeTimesPerElement() {
    ElementTimes times = new ElementTimes(named, clock);
    var all = times.of(PROCESS, MonitoringFilter.none());

    ElementTimes.Times step = all.get("UserTask_Step");
    assertThat(step.completed()).isEqualTo(3);
    assertThat(step.medianSpent()).isCloseTo(3 * HOUR, within(0.001));
    // 90th percentile of 1, 3, 5 hours: 3 + 0.8 × (5 − 3) = 4.6 hours
    assertThat(step.p90Spent()).isCloseTo(4.6 * HOUR, within(0.001));

    ElementTimes.Times wait = all.get("UserTask_Wait");
    assertThat(wait.waiting()).isEqualTo(2);
    assertThat(wait.medianWaiting()).isCloseTo((48 + 6) / 2.0 * HOUR, within(0.001));
    assertThat(wait.longestWaiting()).isCloseTo(48 * HOUR, within(0.001));
    assertThat(wait.pastTarget()).isEqualTo(1);
    assertThat(all.get("ServiceTask_Next").openIncidents()).isEqualTo(1);
  }

  @Test
  void shouldNarrowTimesToAnAreaAndASource() {
    ElementTimes times = new ElementTimes(named, clock);
    var colchester = times.of(PROCESS, new MonitoringFilter(null, null, null, new Area("COLCHESTER"), null));
    assertThat(colchester.get("UserTask_Step").completed()).isEqualTo(2);
    assertThat(colchester.get("UserTask_Step").medianSpent()).isCloseTo(2 * HOUR, within(0.001));
    // 1 + 0.9 × (3 − 1) = 2.8 hours
    assertThat(colchester.get("UserTask_Step").p90Spent()).isCloseTo(2.8 * HOUR, within(0.001));
    assertThat(colchester.get("UserTask_Wait").waiting()).isEqualTo(1);

    var council = times.of(PROCESS, new MonitoringFilter(null, null, null, null, new ReferralSource("COUNCIL")));
    assertThat(council.get("UserTask_Step").completed()).isEqualTo(1);
    assertThat(council.get("UserTask_Wait").pastTarget()).isZero();

    // instances started from 2 April: only C
    var recent = times.of(PROCESS, new MonitoringFilter(null, LocalDate.of(2026, 4, 2), null, null, null));
    assertThat(recent.get("UserTask_Step").completed()).isEqualTo(1);
  }

  @Test
  void shouldCountThosePastTheirTargetAloneAsTheTimesCountThem() {
    ElementTimes times = new ElementTimes(named, clock);
    assertThat(times.pastTarget(PROCESS, MonitoringFilter.none()))
        .containsOnlyKeys("UserTask_Wait").extractingByKey("UserTask_Wait").extracting(ElementTimes.Times::pastTarget)
        .isEqualTo(1L);
    for (MonitoringFilter filter : List.of(MonitoringFilter.none(),
        new MonitoringFilter(null, null, null, new Area("COLCHESTER"), null),
        new MonitoringFilter(null, null, null, null, new ReferralSource("COUNCIL")),
        new MonitoringFilter(null, null, null, null, new ReferralSource("POLICE")),
        new MonitoringFilter(null, LocalDate.of(2026, 4, 2), null, null, null))) {
      var pastTarget = times.pastTarget(PROCESS, filter);
      times.of(PROCESS, filter).forEach((element, figures) -> assertThat(
          pastTarget.getOrDefault(element, ElementTimes.Times.NONE).pastTarget()).as(element + " " + filter)
          .isEqualTo(figures.pastTarget()));
    }
  }

  @Test
  void shouldSumUpOpenCasesAgesIncidentsAndTargets() {
    Overview overview = new Overview(named, clock);
    Overview.ProcessFigures figures = overview.processes().get(PROCESS);
    assertThat(figures.open()).isEqualTo(2);
    assertThat(figures.withIncidents()).isEqualTo(1);
    assertThat(figures.pastTarget()).isEqualTo(1);
    // ages 7 days 4 hours (A) and 1 day (C)
    double ageA = (7 * 24 + 4) * HOUR;
    double ageC = 24 * HOUR;
    assertThat(figures.medianAge()).isCloseTo((ageA + ageC) / 2, within(0.001));
    assertThat(figures.p90Age()).isCloseTo(ageC + 0.9 * (ageA - ageC), within(0.001));
  }

  @Test
  void shouldCountReferralsAndClosuresPerWeek() {
    WeeklyCounts weekly = new Overview(named, clock).weekly(PROCESS);
    assertThat(weekly.weeks()).hasSize(26);
    assertThat(weekly.weeks().get(25)).isEqualTo(new WeeklyCounts.Week(LocalDate.of(2026, 4, 6), 1, 0));
    assertThat(weekly.weeks().get(24)).isEqualTo(new WeeklyCounts.Week(LocalDate.of(2026, 3, 30), 2, 1));
    assertThat(weekly.totalReferrals()).isEqualTo(3);
    assertThat(weekly.totalClosures()).isEqualTo(1);
  }

  @Test
  void shouldListBottlenecksPerGroup() {
    List<Bottlenecks.PeopleStep> steps = new Bottlenecks(named, camunda, clock).people().stream()
        .filter(s -> s.processId().equals(PROCESS)).toList();
    assertThat(steps).extracting(Bottlenecks.PeopleStep::group).containsExactlyInAnyOrder("coordinators", "facilitators");
    Bottlenecks.PeopleStep coordinators = steps.stream().filter(s -> s.group().equals("coordinators")).findFirst().orElseThrow();
    assertThat(coordinators.waiting()).isEqualTo(2);
    assertThat(coordinators.unassigned()).isEqualTo(1);
    assertThat(coordinators.longestWait()).isCloseTo(48 * HOUR, within(0.001));
    assertThat(coordinators.medianWait()).isCloseTo(27 * HOUR, within(0.001));
    assertThat(coordinators.pastTarget()).isEqualTo(1);
    Bottlenecks.PeopleStep facilitators = steps.stream().filter(s -> s.group().equals("facilitators")).findFirst().orElseThrow();
    assertThat(facilitators.waiting()).isEqualTo(1);
    assertThat(facilitators.unassigned()).isZero();
  }

  @Test
  void shouldListTheLongestWaitingCasesFirst() {
    List<Ageing.Waiting> waiting = new Ageing(named, clock).at(PROCESS, "UserTask_Wait", MonitoringFilter.none(), 10);
    assertThat(waiting).extracting(Ageing.Waiting::reference).containsExactly(caseA.reference(), caseC.reference());
    assertThat(waiting).extracting(Ageing.Waiting::pastTarget).containsExactly(true, false);
    assertThat(waiting.get(0).area()).as("the area by its name").isEqualTo("Colchester");
  }

  private CaseCreated openCase(long processInstanceKey, Area area, ReferralSource source, LocalDate referred) {
    NewCase template = CaseFixtures.ordinaryCase("Figures Harmed " + processInstanceKey, "Figures Harmer " + processInstanceKey);
    ReferralDetails referral = new ReferralDetails(source, CaseFixtures.REFERRER, referred, null, null, false, null);
    return cases.createFromReferral(new NewCase(referral, area, template.offenceType(), Sensitivity.NONE,
        template.parties(), processInstanceKey));
  }

  private void instance(long key, String started, String ended) {
    jdbc.update("""
        insert into amends.report_process_instance (process_instance_key, process_definition_key, process_id, version,
          parent_process_instance_key, root_process_instance_key, state, started_at, ended_at)
        values (?, 1, ?, 1, null, ?, ?, ?, ?)""",
        key, PROCESS, key, ended == null ? "ACTIVE" : "COMPLETED", timestamp(started), timestamp(ended));
  }

  private void element(long instance, int offset, String elementId, String state, String started, String ended) {
    jdbc.update("""
        insert into amends.report_element_instance (element_instance_key, process_instance_key, process_definition_key,
          process_id, element_id, element_type, state, started_at, ended_at)
        values (?, ?, 1, ?, ?, 'USER_TASK', ?, ?, ?)""",
        instance + offset * 1000L, instance, PROCESS, elementId, state, timestamp(started), timestamp(ended));
  }

  private void task(long instance, int offset, String groups, boolean assigned, String created, Instant due) {
    jdbc.update("""
        insert into amends.report_user_task (user_task_key, element_instance_key, process_instance_key, process_id, element_id,
          candidate_groups, assigned, state, created_at, completed_at, due_at)
        values (?, ?, ?, ?, 'UserTask_Wait', ?, ?, 'CREATED', ?, null, ?)""",
        instance + offset * 1000L + 1, instance + offset * 1000L, instance, PROCESS, groups, assigned,
        timestamp(created), Timestamp.from(due));
  }

  private static Timestamp timestamp(String instant) {
    return instant == null ? null : Timestamp.from(Instant.parse(instant));
  }
}
