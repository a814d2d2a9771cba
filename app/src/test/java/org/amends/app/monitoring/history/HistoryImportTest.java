package org.amends.app.monitoring.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.amends.app.EmbeddedEngineTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import through the real Camunda client from the real engine into PostgreSQL: everything
 * the engine's search API lists for the fixture process arrives once; a run stopped part way
 * (after a few pages) resumes without gaps or duplicates; a run while the engine does not answer
 * moves nothing, and the next one catches up. Pages of 3 rows, so every run pages.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryImportTest extends EmbeddedEngineTestSupport {

  private static final String PROCESS = "monitoring-import-fixture";
  private static final String JOB = "monitoring-import-fixture-job";

  @Autowired CamundaClient camunda;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ReportingStore store;
  @Autowired ImportCursors cursors;

  @BeforeAll
  void deploy() {
    camunda.newDeployResourceCommand()
        .addProcessModel(Bpmn.createExecutableProcess(PROCESS)
            .startEvent("StartEvent_Fixture")
            .userTask("UserTask_Fixture").zeebeUserTask().zeebeCandidateGroups("coordinators")
            .zeebeDueDateExpression("=due")
            .serviceTask("ServiceTask_Fixture").zeebeJobType(JOB)
            .endEvent("EndEvent_Fixture")
            .done(), PROCESS + ".bpmn")
        .send().join();
  }

  @Test
  void shouldImportEveryRowOnceAndReadNothingWhenNothingChanged() {
    startInstances(4);
    completeOneTaskAndFailOneJob();

    HistoryImport running = importer(camunda, 3);
    HistoryImport.Run first = running.runOnce();
    HistoryImport.Run second = importer(camunda, 3).runOnce();
    HistoryImport.Run idle = running.runOnce();

    assertThat(first.failed()).isFalse();
    assertMatchesTheEngine();
    // the second run reads only the rows dated at each feed's watermark, not the history again
    assertThat(second.failed()).isFalse();
    assertThat(second.rows()).isLessThan(first.rows());
    // and a run that finds the engine unchanged since its last look reads no feed at all
    assertThat(idle.failed()).isFalse();
    assertThat(idle.rows()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from amends.report_incident where process_id = ? and state = 'ACTIVE'",
        Integer.class, PROCESS)).isGreaterThanOrEqualTo(1);
  }

  @Test
  void shouldResumeAfterARestartPartWayWithoutGapsOrDuplicates() {
    startInstances(5);
    completeOneTaskAndFailOneJob();

    // the first "process" stops (its engine connection breaks) after eight searches
    HistoryImport.Run stopped = importer(failingAfter(8), 3).runOnce();
    assertThat(stopped.failed()).isTrue();
    assertThat(stopped.rows()).isPositive();

    // a new one (after a restart) resumes from the stored watermarks
    HistoryImport.Run resumed = importer(camunda, 3).runOnce();
    assertThat(resumed.failed()).isFalse();
    assertMatchesTheEngine();
  }

  @Test
  void shouldMoveNothingWhileTheEngineIsDownAndCatchUpAfter() {
    importer(camunda, 3).runOnce();
    Map<String, OffsetDateTime> before = watermarks();
    startInstances(3);

    HistoryImport.Run down;
    try (CamundaClient unreachable = CamundaClient.newClientBuilder()
        .restAddress(URI.create("http://127.0.0.1:" + freePort()))
        .grpcAddress(URI.create("http://127.0.0.1:" + freePort()))
        .preferRestOverGrpc(true)
        .defaultRequestTimeout(Duration.ofSeconds(2))
        .build()) {
      down = importer(unreachable, 3).runOnce();
    }
    assertThat(down.failed()).isTrue();
    assertThat(watermarks()).isEqualTo(before);

    HistoryImport.Run after = importer(camunda, 3).runOnce();
    assertThat(after.failed()).isFalse();
    assertMatchesTheEngine();
  }

  @Test
  void shouldStoreAsEndedWhatEndedAfterAnEarlierRunReadItOpen() {
    startInstances(2);
    await().atMost(Duration.ofSeconds(20)).until(() -> openTasks().size() >= 2);
    HistoryImport running = importer(camunda, 3);
    assertThat(running.runOnce().failed()).isFalse();

    // the oldest open task ends, then newer steps start: the next run's started feed begins after
    // that task's start, so only the ended feed's read of what started earlier can see it end
    UserTask oldest = openTasks().stream().min(java.util.Comparator.comparing(UserTask::getCreationDate)).orElseThrow();
    camunda.newCompleteUserTaskCommand(oldest.getUserTaskKey()).send().join();
    startInstances(1);
    HistoryImport.Run next = running.runOnce();

    assertThat(next.failed()).isFalse();
    assertMatchesTheEngine();
    assertThat(jdbc.queryForObject("select state from amends.report_element_instance where element_instance_key = ?",
        String.class, oldest.getElementInstanceKey())).isEqualTo("COMPLETED");
    assertThat(jdbc.queryForObject("select completed_at is not null from amends.report_user_task where user_task_key = ?",
        Boolean.class, oldest.getUserTaskKey())).isTrue();
  }

  private HistoryImport importer(CamundaClient client, int pageSize) {
    return new HistoryImport(client, store, cursors, transactions,
        new ImportSettings(true, Duration.ofSeconds(2), pageSize, Duration.ZERO, Duration.ZERO), Clock.systemUTC());
  }

  /** The real client, whose searches fail after {@code searches} of them: a connection that breaks. */
  private CamundaClient failingAfter(int searches) {
    AtomicInteger count = new AtomicInteger();
    return (CamundaClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CamundaClient.class},
        (proxy, method, args) -> {
          if (method.getName().endsWith("SearchRequest") && count.incrementAndGet() > searches) {
            throw new IllegalStateException("connection lost");
          }
          try {
            return method.invoke(camunda, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private void startInstances(int count) {
    for (int i = 0; i < count; i++) {
      camunda.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion()
          .variables(Map.of("due", OffsetDateTime.now().plusDays(i - 1).toString()))
          .send().join();
    }
  }

  /** One task done (its instance moves to the job), and that job failed with no retries: an incident. */
  private void completeOneTaskAndFailOneJob() {
    await().atMost(Duration.ofSeconds(20)).until(() -> !openTasks().isEmpty());
    camunda.newCompleteUserTaskCommand(openTasks().get(0).getUserTaskKey()).send().join();
    List<ActivatedJob> jobs = new ArrayList<>();
    await().atMost(Duration.ofSeconds(20)).until(() -> {
      jobs.addAll(camunda.newActivateJobsCommand().jobType(JOB).maxJobsToActivate(1).send().join().getJobs());
      return !jobs.isEmpty();
    });
    camunda.newFailCommand(jobs.get(0).getKey()).retries(0).errorMessage("Fixture failure").send().join();
    await().atMost(Duration.ofSeconds(20)).until(() -> !camunda.newIncidentSearchRequest()
        .filter(f -> f.jobKey(jobs.get(0).getKey())).send().join().items().isEmpty());
  }

  private List<UserTask> openTasks() {
    return camunda.newUserTaskSearchRequest()
        .filter(f -> f.bpmnProcessId(PROCESS).state(UserTaskState.CREATED)).send().join().items();
  }

  /** The reporting tables hold exactly what the engine lists for the fixture process, once. */
  private void assertMatchesTheEngine() {
    Map<Long, String> engineElements = new TreeMap<>();
    for (ElementInstance e : camunda.newElementInstanceSearchRequest().filter(f -> f.processDefinitionId(PROCESS))
        .page(p -> p.limit(1000)).send().join().items()) {
      engineElements.put(e.getElementInstanceKey(), e.getState().name());
    }
    Map<Long, String> imported = new TreeMap<>();
    jdbc.query("select element_instance_key, state from amends.report_element_instance where process_id = ?",
        rs -> {
          imported.put(rs.getLong(1), rs.getString(2));
        }, PROCESS);
    assertThat(imported).as("element instances").isEqualTo(engineElements);

    Map<Long, Boolean> engineTasks = new TreeMap<>();
    camunda.newUserTaskSearchRequest().filter(f -> f.bpmnProcessId(PROCESS)).page(p -> p.limit(1000)).send().join()
        .items().forEach(t -> engineTasks.put(t.getUserTaskKey(), t.getDueDate() != null));
    Map<Long, Boolean> importedTasks = new TreeMap<>();
    jdbc.query("select user_task_key, due_at is not null from amends.report_user_task where process_id = ?",
        rs -> {
          importedTasks.put(rs.getLong(1), rs.getBoolean(2));
        }, PROCESS);
    assertThat(importedTasks).as("user tasks").isEqualTo(engineTasks);

    List<Long> engineInstances = camunda.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId(PROCESS))
        .page(p -> p.limit(1000)).send().join().items().stream().map(p -> p.getProcessInstanceKey()).sorted().toList();
    assertThat(jdbc.queryForList("select process_instance_key from amends.report_process_instance where process_id = ?"
        + " order by 1", Long.class, PROCESS)).as("process instances").isEqualTo(engineInstances);

    List<Long> engineIncidents = camunda.newIncidentSearchRequest().filter(f -> f.processDefinitionId(PROCESS))
        .page(p -> p.limit(1000)).send().join().items().stream().map(i -> i.getIncidentKey()).sorted().toList();
    assertThat(jdbc.queryForList("select incident_key from amends.report_incident where process_id = ? order by 1",
        Long.class, PROCESS)).as("incidents").isEqualTo(engineIncidents);
  }

  private Map<String, OffsetDateTime> watermarks() {
    Map<String, OffsetDateTime> marks = new TreeMap<>();
    jdbc.query("select feed from amends.report_import_cursor where feed <> 'run'",
        rs -> {
          marks.put(rs.getString(1), cursors.watermark(rs.getString(1)));
        });
    return marks;
  }
}
