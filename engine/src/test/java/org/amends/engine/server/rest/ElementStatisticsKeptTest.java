package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.statistics.response.ProcessElementStatistics;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.amends.engine.retention.HistoryRetention;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.server.LocalPostgres;
import org.amends.engine.server.TestCredential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The element statistics of a whole process definition come from counts the database keeps as
 * the engine writes (migration V9); any filter recounts the element instances. After
 * completions, cancellations, incidents, a modification, a migration, the retention's deletes, a
 * restart, and the table rebuilt from existing rows, the kept figures are the recount's.
 */
class ElementStatisticsKeptTest {

  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static final OffsetDateTime EVER = OffsetDateTime.parse("1970-01-01T00:00:00Z");
  private static LocalPostgres postgres;
  private EngineServer server;
  private CamundaClient client;

  @BeforeAll
  static void startDatabase() {
    postgres = LocalPostgres.startTemporary();
  }

  @AfterAll
  static void stopDatabase() {
    postgres.close();
  }

  @BeforeEach
  void startEngine() {
    server = EngineServer.start(EngineServerSettings.forTests(CREDENTIAL.credential())
        .withHistoryRetention(HistoryRetention.parse("P30D")), postgres.dataSource(), false);
    client = CREDENTIAL.clientBuilder(server).build();
  }

  @AfterEach
  void stopEngine() {
    client.close();
    server.close();
  }

  @Test
  void shouldKeepTheFiguresOfARecountThroughTheLifeOfItsInstances() throws SQLException, IOException, InterruptedException {
    // given: cases that call a meeting process, on 1 March 2027 (after the sweep the engine ran at start, on the system clock)
    client.newPinClockCommand().time(Instant.parse("2027-03-01T09:00:00Z")).send().join();
    long meeting = deploy(Bpmn.createExecutableProcess("Process_Meeting").startEvent("StartEvent_Meeting")
        .userTask("UserTask_Meet", t -> t.zeebeUserTask()).endEvent("EndEvent_Met").done());
    long v1 = deploy(caseProcess(false));
    long[] cases = new long[8];
    for (int i = 0; i < cases.length; i++) {
      cases[i] = client.newCreateInstanceCommand().bpmnProcessId("Process_Case").latestVersion()
          .variables(Map.of("caseId", i)).send().join().getProcessInstanceKey();
    }

    // when: five records made, two failed into incidents, one left waiting
    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType("record").maxJobsToActivate(7).send().join().getJobs();
    for (ActivatedJob job : jobs.subList(0, 5)) {
      client.newCompleteCommand(job.getKey()).send().join();
    }
    for (ActivatedJob job : jobs.subList(5, 7)) {
      client.newFailCommand(job.getKey()).retries(0).errorMessage("record store down").send().join();
    }
    // three meetings held, one case then closed, one cancelled at its meeting
    List<Long> meetings = userTasks("UserTask_Meet");
    for (long task : meetings.subList(0, 3)) {
      client.newCompleteUserTaskCommand(task).send().join();
    }
    List<Long> followUps = userTasks("UserTask_FollowUp");
    client.newCompleteUserTaskCommand(followUps.get(0)).send().join();
    long cancelled = caseOf(meetings.get(3));
    client.newCancelInstanceCommand(cancelled).send().join();
    // one follow-up sent back to the record by a modification
    long modified = caseOf(followUps.get(1));
    long followUpInstance = client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(modified).elementId("UserTask_FollowUp")).send().join().items().get(0)
        .getElementInstanceKey();
    client.newModifyProcessInstanceCommand(modified).activateElement("ServiceTask_Record").and()
        .terminateElement(followUpInstance).send().join();
    // one case moved to version two at its follow-up (its finished steps stay version one's rows)
    // and closed there; one incident resolved
    long v2 = deploy(caseProcess(true));
    long migrated = caseOf(followUps.get(2));
    client.newMigrateProcessInstanceCommand(migrated).migrationPlan(v2)
        .addMappingInstruction("UserTask_FollowUp", "UserTask_FollowUp").send().join();
    client.newCompleteUserTaskCommand(followUps.get(2)).send().join();
    client.newCompleteUserTaskCommand(userTasks("UserTask_Review").get(0)).send().join();
    var incident = client.newIncidentSearchRequest().filter(f -> f.state(IncidentState.ACTIVE)).send().join().items().get(0);
    client.newUpdateRetriesCommand(incident.getJobKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    // then
    assertSameAsRecount(v1, v2, meeting);
    assertThat(kept(v2)).contains(
        "ServiceTask_Record active 0 incidents 0 completed 1 canceled 0",
        "UserTask_FollowUp active 0 incidents 0 completed 1 canceled 0",
        "UserTask_Review active 0 incidents 0 completed 1 canceled 0");
    assertThat(kept(v1)).contains(
        "ServiceTask_Record active 3 incidents 1 completed 4 canceled 0",
        "CallActivity_Meeting active 1 incidents 0 completed 2 canceled 1",
        "UserTask_FollowUp active 0 incidents 0 completed 1 canceled 1");

    // when: the retention (30 days) deletes the closed and cancelled cases, the migrated one too
    client.newPinClockCommand().time(Instant.parse("2027-04-01T09:00:00Z")).send().join();
    awaitGone(migrated);
    awaitGone(cancelled);

    // then
    assertSameAsRecount(v1, v2, meeting);
    assertThat(kept(v2)).isEmpty();

    // when: the engine restarts and carries on
    stopEngine();
    startEngine();
    client.newCompleteUserTaskCommand(userTasks("UserTask_Meet").get(0)).send().join();

    // then
    assertSameAsRecount(v1, v2, meeting);

    // when: the counts are rebuilt from the rows, as migration V9 does on an existing database
    stopEngine();
    List<String> schema = elementInstanceSchema();
    undoMigration();
    applyMigration();
    startEngine();

    // then: the same figures, and the schema as the latest migrations leave it (V11's index too)
    assertThat(elementInstanceSchema()).containsExactlyInAnyOrderElementsOf(schema);
    assertSameAsRecount(v1, v2, meeting);
    assertThat(kept(meeting)).isNotEmpty();
  }

  private static BpmnModelInstance caseProcess(boolean review) {
    var flow = Bpmn.createExecutableProcess("Process_Case").startEvent("StartEvent_Referral")
        .serviceTask("ServiceTask_Record", t -> t.zeebeJobType("record"))
        .callActivity("CallActivity_Meeting", c -> c.zeebeProcessId("Process_Meeting"))
        .userTask("UserTask_FollowUp", t -> t.zeebeUserTask());
    return (review ? flow.userTask("UserTask_Review", t -> t.zeebeUserTask()) : flow).endEvent("EndEvent_Closed").done();
  }

  private long deploy(BpmnModelInstance process) {
    return client.newDeployResourceCommand().addProcessModel(process, "process.bpmn").send().join()
        .getProcesses().get(0).getProcessDefinitionKey();
  }

  private List<Long> userTasks(String elementId) {
    return client.newUserTaskSearchRequest().filter(f -> f.elementId(elementId).state(
            io.camunda.client.api.search.enums.UserTaskState.CREATED))
        .sort(s -> s.creationDate().asc()).send().join().items().stream().map(t -> t.getUserTaskKey()).toList();
  }

  /** The case whose process (or called meeting) holds this user task. */
  private long caseOf(long userTaskKey) {
    long instance = client.newUserTaskGetRequest(userTaskKey).send().join().getProcessInstanceKey();
    var found = client.newProcessInstanceGetRequest(instance).send().join();
    Long parent = found.getParentProcessInstanceKey();
    return parent == null || parent <= 0 ? instance : parent;
  }

  private void assertSameAsRecount(long... definitions) throws SQLException {
    for (long definition : definitions) {
      List<String> recount = lines(client.newProcessDefinitionElementStatisticsRequest(definition)
          .filter(f -> f.startDate(d -> d.gte(EVER))).send().join());
      assertThat(kept(definition)).as("definition %d", definition).containsExactlyElementsOf(recount);
      assertThat(recount).as("definition %d recounted as before", definition)
          .containsExactlyElementsOf(recountAsBefore(definition, "true"));
      assertSameForSelectedInstances(definition);
    }
  }

  /**
   * A filter by instance keys (the app's diagram by area or referral source): the instances
   * selected, each key of another definition left out, counted as the recount was written before
   * the keys were sent to it as a list; and nothing when no instance is selected.
   */
  private void assertSameForSelectedInstances(long definition) throws SQLException {
    List<Long> instances = client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionKey(definition))
        .sort(s -> s.processInstanceKey().asc()).send().join().items().stream()
        .map(i -> i.getProcessInstanceKey()).toList();
    List<Long> some = new java.util.ArrayList<>(instances.subList(0, (instances.size() + 1) / 2));
    List<Long> others = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionKey(k -> k.neq(definition))).send().join().items().stream()
        .map(i -> i.getProcessInstanceKey()).toList();
    some.addAll(others);
    String keys = some.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    List<String> selected = lines(client.newProcessDefinitionElementStatisticsRequest(definition)
        .filter(f -> f.processInstanceKey(k -> k.in(some))).send().join());
    assertThat(selected).as("definition %d, instances %s", definition, keys)
        .containsExactlyElementsOf(recountAsBefore(definition, some.isEmpty() ? "false" : "t.key in (" + keys + ")"));
    assertThat(client.newProcessDefinitionElementStatisticsRequest(definition)
        .filter(f -> f.processInstanceKey(k -> k.in(List.of(-5L)))).send().join()).isEmpty();
  }

  /** The recount over the definition's instances that match {@code condition}, as its SQL was before engine session 8. */
  private static List<String> recountAsBefore(long definition, String condition) throws SQLException {
    String incident = "select 1 from engine.incident i where i.active and (i.data->>'elementInstanceKey')::bigint = t.key";
    List<String> lines = new java.util.ArrayList<>();
    try (Connection connection = postgres.dataSource().getConnection(); Statement statement = connection.createStatement();
        var rows = statement.executeQuery("select t.element_id,"
            + " count(*) filter (where t.active and not exists (" + incident + ")),"
            + " count(*) filter (where t.active and exists (" + incident + ")),"
            + " count(*) filter (where t.state = 'COMPLETED'), count(*) filter (where t.state = 'TERMINATED')"
            + " from engine.element_instance t where t.flow_scope_key <> -1 and t.process_instance_key in ("
            + " select t.key from engine.element_instance t where (t.data->>'flowScopeKey')::bigint = -1"
            + " and (t.data->>'processDefinitionKey')::bigint = " + definition + " and " + condition + ")"
            + " group by 1 order by 1")) {
      while (rows.next()) {
        lines.add(rows.getString(1) + " active " + rows.getLong(2) + " incidents " + rows.getLong(3) + " completed "
            + rows.getLong(4) + " canceled " + rows.getLong(5));
      }
    }
    return lines;
  }

  /** With no filter, and with an empty one (the client then sends its default empty lists), as the app asks. */
  private List<String> kept(long definition) {
    List<String> kept = lines(client.newProcessDefinitionElementStatisticsRequest(definition).send().join());
    assertThat(lines(client.newProcessDefinitionElementStatisticsRequest(definition).filter(f -> { }).send().join()))
        .isEqualTo(kept);
    return kept;
  }

  private static List<String> lines(List<ProcessElementStatistics> statistics) {
    return statistics.stream().map(s -> s.getElementId() + " active " + s.getActive() + " incidents "
        + s.getIncidents() + " completed " + s.getCompleted() + " canceled " + s.getCanceled()).toList();
  }

  private void awaitGone(long processInstanceKey) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (client.newProcessInstanceSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
        .send().join().page().totalItems() > 0) {
      assertThat(System.nanoTime()).as("instance %d deleted by the retention", processInstanceKey).isLessThan(deadline);
      Thread.sleep(50); // the writer sweeps between its batches
    }
  }

  /** Back to the schema before V9, with its rows (later migrations left as they are, but for V9's own V11 and V13). */
  private static void undoMigration() throws SQLException {
    try (Connection connection = postgres.dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("drop function engine.element_statistics_inserted() cascade");
      statement.execute("drop function engine.element_statistics_updated() cascade");
      statement.execute("drop function engine.element_statistics_migrated() cascade");
      statement.execute("drop function engine.element_statistics_track() cascade");
      statement.execute("drop function engine.element_statistics_clear() cascade");
      statement.execute("drop function engine.element_statistics_move(bigint, bigint, bigint)");
      statement.execute("drop function engine.element_statistics_definition(bigint)");
      statement.execute("drop function engine.element_statistics_add(bigint, text, text, bigint)");
      statement.execute("drop function engine.element_statistics_state(text)");
      statement.execute("drop table engine.element_statistics");
      statement.execute("alter table engine.element_instance drop column element_id, drop column flow_scope_key");
      statement.execute("drop index if exists engine.element_instance_process_instance");
      statement.execute("create index element_instance_process_instance on engine.element_instance (process_instance_key)");
    }
  }

  /**
   * V9's own script on that schema, as Flyway runs it on a database that has rows, then the later
   * migrations that change what V9 made (V11 rebuilds its index with the key included, V13 counts
   * inserts and updates per statement).
   */
  private static void applyMigration() throws SQLException, IOException {
    for (String migration : List.of("V9__element_statistics.sql", "V11__element_statistics_index_only.sql",
        "V13__element_statistics_per_statement.sql")) {
      String script;
      try (InputStream in = ElementStatisticsKeptTest.class.getResourceAsStream("/db/engine/" + migration)) {
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      try (Connection connection = postgres.dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("set search_path to engine");
        statement.execute(script);
      }
    }
  }

  /** The element instance table's columns, indexes and triggers, and the statistics table's, as text to compare. */
  private static List<String> elementInstanceSchema() throws SQLException {
    List<String> schema = new java.util.ArrayList<>();
    try (Connection connection = postgres.dataSource().getConnection(); Statement statement = connection.createStatement();
        var rows = statement.executeQuery("select table_name || '.' || column_name || ' ' || data_type || ' '"
            + " || coalesce(generation_expression, '') from information_schema.columns where table_schema = 'engine'"
            + " and table_name in ('element_instance', 'element_statistics')"
            + " union all select indexdef from pg_indexes where schemaname = 'engine'"
            + " and tablename in ('element_instance', 'element_statistics')"
            + " union all select tgname || ' ' || pg_get_triggerdef(oid) from pg_trigger"
            + " where tgrelid = 'engine.element_instance'::regclass and not tgisinternal")) {
      while (rows.next()) {
        schema.add(rows.getString(1));
      }
    }
    return schema;
  }
}
