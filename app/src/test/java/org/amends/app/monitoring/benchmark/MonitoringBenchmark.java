package org.amends.app.monitoring.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.amends.app.EmbeddedEngineTestSupport;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseFixtures;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.Sensitivity;
import org.amends.app.monitoring.history.HistoryImport;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.ReferralSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Monitoring at size: generates cases (10,000 by default, {@code -Damends.benchmark.cases=N})
 * with a realistic spread across the steps of a casework process (about 20 element instances a
 * case, 40% closed, the rest waiting at one of eight people's steps, some past their due date,
 * some jobs failed into incidents), then prints the import's catch-up time, its cost per minute
 * when nothing changes, and p50/p95 of each monitoring page. Prints figures, asserts nothing;
 * its name keeps it out of the default test run (surefire runs *Test classes):
 *
 * <pre>./mvnw -B -ntp -pl app -am verify -Dtest=MonitoringBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false -Damends.benchmark.cases=10000</pre>
 */
// a loaded machine answers slowly while thousands of instances are created: no 10-second timeouts
@SpringBootTest(properties = "camunda.client.request-timeout=PT2M")
@AutoConfigureMockMvc
class MonitoringBenchmark extends EmbeddedEngineTestSupport {

  private static final String PROCESS = "benchmark-casework";
  private static final String JOB = "benchmark-casework-job";
  private static final int STAGES = 8;
  /** Instances being created at once: enough for the engine's writer to fill its batches. */
  private static final int IN_FLIGHT = 128;
  /** Threads opening the cases (the app's own transactions) as the instances are created. */
  private static final int CASE_WRITERS = 8;

  @Autowired CamundaClient camunda;
  @Autowired CaseService cases;
  @Autowired HistoryImport historyImport;
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void measure() throws Exception {
    int count = Integer.getInteger("amends.benchmark.cases", 10_000);
    long run = System.nanoTime();
    deploy();
    long started = System.nanoTime();
    generate(count);
    failSomeJobs(count / 100);
    long elements = camunda.newElementInstanceSearchRequest().page(p -> p.limit(1)).send().join().page().totalItems();
    print("Generated %d cases, %d element instances in %.1f s (load %s)", count, elements, seconds(started), load());

    started = System.nanoTime();
    HistoryImport.Run catchUp = historyImport.runOnce();
    double catchUpSeconds = seconds(started);
    print("Import catch-up: %d rows in %.1f s (%.0f rows/s, load %s)%s", catchUp.rows(), catchUpSeconds,
        catchUp.rows() / catchUpSeconds, load(), catchUp.failed() ? " FAILED: " + catchUp.failure() : "");
    jdbc.query("select feed, imported from amends.report_import_cursor where feed <> 'run' order by feed",
        rs -> {
          print("  %-26s %,8d rows", rs.getString(1), rs.getLong(2));
        });

    explainFeedPage();

    // the first run after a catch-up moves the idle look's bound on and re-reads the overlap
    started = System.nanoTime();
    int overlapRows = historyImport.runOnce().rows();
    print("First run after the catch-up: %d rows (the overlap) in %.0f ms", overlapRows, seconds(started) * 1000);
    int idleRuns = 10;
    long idleRows = 0;
    started = System.nanoTime();
    for (int i = 0; i < idleRuns; i++) {
      idleRows += historyImport.runOnce().rows();
    }
    double perRun = seconds(started) / idleRuns * 1000;
    print("Import when idle: %.0f ms a run, %.1f rows re-read a run; at one run every 2 s: %.1f s of work a minute"
        + " (load %s)", perRun, (double) idleRows / idleRuns, perRun * 30 / 1000, load());
    idleSearches();

    // a running service's tables have been visited by autovacuum since their rows were written
    // (statistics, and the visibility map that lets a scan read an index alone); rows written
    // minutes ago in bulk have not, and the pages would be measured while autovacuum runs
    started = System.nanoTime();
    jdbc.execute("vacuum analyze");
    print("Vacuumed and analysed the database in %.1f s (load %s)", seconds(started), load());

    started = System.nanoTime();
    long definition = camunda.newProcessDefinitionSearchRequest().filter(f -> f.processDefinitionId(PROCESS))
        .send().join().items().get(0).getProcessDefinitionKey();
    String diagram = "/monitoring/processes/" + PROCESS;
    time("overview", "/monitoring");
    time("diagram with counts", diagram);
    time("diagram, one version, area", diagram + "?version=" + definition + "&area=COLCHESTER");
    time("diagram, source", diagram + "?source=POLICE");
    time("heatmap", diagram + "?view=time");
    time("heatmap, area", diagram + "?view=time&area=COLCHESTER");
    time("heatmap, source", diagram + "?view=time&source=POLICE");
    time("heatmap, area and source", diagram + "?view=time&area=SOUTHEND&source=POLICE");
    time("cases at an element", diagram + "/elements/UserTask_Stage4");
    time("cases at an element, area", diagram + "/elements/UserTask_Stage2?area=HARLOW");
    time("bottlenecks", "/monitoring/bottlenecks");
    time("ageing", "/monitoring/ageing");
    time("incidents", "/monitoring/incidents");
    print("Pages measured in %.1f s (load %s); whole run %.1f s", seconds(started), load(), seconds(run));
    explainPages(definition);
  }

  /**
   * Where the slowest pages' time goes, read on this database: the engine's element statistics
   * (kept counts, and the recount a referral-source filter asks for) and the heatmap's times.
   */
  private void explainPages(long definition) {
    print("EXPLAIN element statistics, whole definition (kept counts):");
    explain("select s.element_id, sum(s.instances), min(i.instances) from engine.element_statistics s left join ("
        + " select t.element_id, count(distinct t.key) instances from engine.incident i"
        + " join engine.element_instance t on t.key = (i.data->>'elementInstanceKey')::bigint"
        + " join engine.element_instance p on p.key = t.process_instance_key where i.active and t.active"
        + " and t.flow_scope_key <> -1 and p.flow_scope_key = -1 and (p.data->>'processDefinitionKey')::bigint = "
        + definition + " group by 1) i on i.element_id = s.element_id"
        + " where s.process_definition_key = " + definition + " group by 1 order by 1");
    List<Long> police = jdbc.queryForList("select pi.process_instance_key from amends.report_process_instance pi"
        + " join amends.case_file c on c.process_instance_key = pi.root_process_instance_key"
        + " join amends.referral r on r.case_id = c.id where r.source = 'POLICE'", Long.class);
    String keys = police.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    // a copy of the engine's SQL (ElementStatistics, Searcher.keys): the engine's pooled connections
    // are open before a benchmark could have auto_explain loaded into them
    print("Element statistics of the %d instances of one referral source through the client, alone: %.1f ms"
        + " (median of 5)", police.size(),
        median(() -> camunda.newProcessDefinitionElementStatisticsRequest(definition)
            .filter(f -> f.processInstanceKey(k -> k.in(police))).send().join()));
    print("EXPLAIN element statistics, %d instances of one referral source: the engine finds the filter's instances",
        police.size());
    explain("select t.key from engine.element_instance t where (t.data->>'flowScopeKey')::bigint = -1"
        + " and (t.data->>'processDefinitionKey')::bigint = " + definition + " and t.key in (" + keys + ")");
    print("EXPLAIN element statistics of those instances (the engine's recount, their keys as an array):");
    explain("select t.element_id, count(*) filter (where t.active and i.key is null),"
        + " count(*) filter (where t.state = 'TERMINATED'), count(*) filter (where t.active and i.key is not null),"
        + " count(*) filter (where t.state = 'COMPLETED') from engine.element_instance t left join ("
        + " select distinct (x.data->>'elementInstanceKey')::bigint as key from engine.incident x where x.active) i"
        + " on i.key = t.key where t.flow_scope_key <> -1 and t.process_instance_key = any('{" + keys + "}'::bigint[])"
        + " group by 1 order by 1");
    print("EXPLAIN heatmap times, no filter, as they were aggregated before app V18:");
    explain(HEATMAP_TIMES);
    print("EXPLAIN heatmap times, no filter: the positions of the percentiles in the index of times spent");
    explain("""
        with c as (select element_id, timed from amends.report_element_completed where process_id = 'benchmark-casework')
        select c.element_id, array(select x.spent_seconds from amends.report_element_instance x
          where x.process_id = 'benchmark-casework' and x.element_id = c.element_id and x.state = 'COMPLETED'
          and x.element_type <> 'MULTI_INSTANCE_BODY' and x.spent_seconds is not null
          order by x.spent_seconds offset floor(0.9::float8 * (c.timed - 1))::bigint limit 2)
        from c where c.timed > 0""");
  }

  /** The heatmap's times with no filter (ElementTimes), as the page asks for them. */
  private static final String HEATMAP_TIMES = """
      select e.element_id,
        count(*) filter (where e.state = 'ACTIVE') as waiting,
        count(*) filter (where e.state = 'COMPLETED') as completed,
        percentile_cont(0.5) within group (order by extract(epoch from e.ended_at - e.started_at))
          filter (where e.state = 'COMPLETED') as median_spent,
        percentile_cont(0.9) within group (order by extract(epoch from e.ended_at - e.started_at))
          filter (where e.state = 'COMPLETED') as p90_spent,
        percentile_cont(0.5) within group (order by extract(epoch from now() - e.started_at))
          filter (where e.state = 'ACTIVE') as median_waiting,
        max(extract(epoch from now() - e.started_at)) filter (where e.state = 'ACTIVE') as longest_waiting,
        count(*) filter (where e.state = 'ACTIVE' and t.due_at < now()) as past_target
      from amends.report_element_instance e
      left join amends.report_user_task t on t.element_instance_key = e.element_instance_key
      where e.process_id = 'benchmark-casework' and e.element_type <> 'MULTI_INSTANCE_BODY'
      group by e.element_id""";

  private void explain(String sql) {
    jdbc.queryForList("explain (analyze, buffers) " + sql, String.class)
        .forEach(line -> print("  %s", line.length() > 300 ? line.substring(0, 300) + "…" : line));
  }

  /** What an idle run asks the engine (EngineChanges, bounded by a recent start), each search timed alone. */
  private void idleSearches() {
    OffsetDateTime since = camunda.newElementInstanceSearchRequest().sort(s -> s.elementInstanceKey().desc())
        .page(p -> p.limit(1)).send().join().items().get(0).getStartDate();
    timeSearch("newest element instance", () -> camunda.newElementInstanceSearchRequest()
        .filter(f -> f.startDate(d -> d.gte(since)))
        .sort(s -> s.elementInstanceKey().desc()).page(p -> p.limit(1)).send().join());
    timeSearch("ended element instances", () -> camunda.newElementInstanceSearchRequest()
        .filter(f -> f.endDate(d -> d.gte(since)))
        .sort(s -> s.endDate().asc()).page(p -> p.limit(1)).send().join());
    timeSearch("newest incident", () -> camunda.newIncidentSearchRequest()
        .sort(s -> s.incidentKey().desc()).page(p -> p.limit(1)).send().join());
    timeSearch("active incidents", () -> camunda.newIncidentSearchRequest()
        .filter(f -> f.state(IncidentState.ACTIVE)).page(p -> p.limit(2000)).send().join());
    timeSearch("open user tasks (sweep)", () -> camunda.newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED)).page(p -> p.limit(2000)).send().join());
  }

  private void timeSearch(String name, Runnable search) {
    print("  idle search: %-26s %6.1f ms", name, median(search));
  }

  /** The median of five runs, in milliseconds. */
  private static double median(Runnable search) {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      search.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    millis.sort(Double::compare);
    return millis.get(2);
  }

  private static String load() throws java.io.IOException {
    String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim().split(" ");
    return fields[0] + " " + fields[1] + " " + fields[2];
  }

  /** How the engine reads one page of the element-instance feed after a cursor (indexes, not a sort). */
  private void explainFeedPage() {
    jdbc.queryForList("explain analyze select t.data::text from engine.element_instance t"
            + " where t.key <> t.process_instance_key and engine.json_time(t.data->>'startDate') >= now() - interval '30 days'"
            + " and (engine.json_time(t.data->>'startDate'), t.key) > (now() - interval '1 hour', 0)"
            + " order by engine.json_time(t.data->>'startDate') asc nulls last, t.key limit 500", String.class)
        .forEach(line -> print("  %s", line));
  }

  /** start → per stage: a manual step, a throw event, a gateway that stops at the stage's user task or goes on. */
  private void deploy() {
    AbstractFlowNodeBuilder<?, ?> builder =
        Bpmn.createExecutableProcess(PROCESS).name("Benchmark casework").startEvent("StartEvent_Referral");
    for (int stage = 1; stage <= STAGES; stage++) {
      builder = builder.manualTask("ManualTask_Stage" + stage).name("Prepare stage " + stage)
          .intermediateThrowEvent("Event_Stage" + stage).name("Stage " + stage + " reached")
          .exclusiveGateway("Gateway_Stage" + stage)
          .condition("=stop = " + stage)
          .userTask("UserTask_Stage" + stage).name("Do stage " + stage).zeebeUserTask()
          .zeebeCandidateGroups(stage % 2 == 0 ? "coordinators" : "facilitators").zeebeDueDateExpression("=due")
          .endEvent("EndEvent_Stage" + stage)
          .moveToNode("Gateway_Stage" + stage).condition("=stop != " + stage);
    }
    var model = builder.serviceTask("ServiceTask_Close").name("Close the case").zeebeJobType(JOB)
        .endEvent("EndEvent_Closed").done();
    camunda.newDeployResourceCommand().addProcessModel(model, PROCESS + ".bpmn").send().join();
  }

  /**
   * Creates the instances with many in flight, so that the engine's single writer commits them in
   * batches (one transaction for up to 256 commands), and opens each one's case on the case
   * writers' threads: not on the client's I/O threads, which would then stop reading answers.
   */
  private void generate(int count) throws InterruptedException {
    Random random = new Random(42);
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    ExecutorService caseWriters = Executors.newFixedThreadPool(CASE_WRITERS);
    List<CompletableFuture<?>> pending = new ArrayList<>();
    Area[] areas = Stream.of("COLCHESTER", "SOUTHEND", "THURROCK", "HARLOW", "BASILDON", "CHELMSFORD",
        "TENDRING", "BRENTWOOD", "OTHER").map(Area::new).toArray(Area[]::new);
    ReferralSource[] sources = {ReferralSource.POLICE, ReferralSource.POLICE, new ReferralSource("YOUTH_OFFENDING_TEAM"),
        new ReferralSource("COUNCIL"), new ReferralSource("PRISON"), new ReferralSource("PROBATION")};
    long started = System.nanoTime();
    try {
      for (int i = 0; i < count; i++) {
        int r = random.nextInt(100);
        // 40% reached the end (jobs for closing wait), the rest wait at a stage, more at the early ones
        int stop = r < 40 ? STAGES + 1 : 1 + (int) Math.floor(Math.sqrt(random.nextInt(64)));
        OffsetDateTime due = OffsetDateTime.now().plusDays(random.nextInt(40) - 15);
        Area area = areas[random.nextInt(areas.length)];
        ReferralSource source = sources[random.nextInt(sources.length)];
        inFlight.acquire();
        CompletableFuture<?> created = camunda.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion()
            .variables(Map.of("stop", stop, "due", due.toString()))
            .send().toCompletableFuture()
            .thenAcceptAsync(instance -> openCase(instance.getProcessInstanceKey(), area, source), caseWriters)
            .whenComplete((ok, failure) -> inFlight.release());
        pending.add(created);
        if ((i + 1) % 1000 == 0) {
          print("created %d cases (%.0f a second)", i + 1, (i + 1) / seconds(started));
        }
      }
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    } finally {
      caseWriters.shutdown();
    }
  }

  private void openCase(long processInstanceKey, Area area, ReferralSource source) {
    NewCase template = CaseFixtures.ordinaryCase("Bench Harmed", "Bench Harmer");
    cases.createFromReferral(new NewCase(
        new ReferralDetails(source, CaseFixtures.REFERRER, LocalDate.now(), null, null, false, null),
        area, template.offenceType(), Sensitivity.NONE, template.parties(), processInstanceKey));
  }

  /** Some closing jobs fail with no retries left: incidents. */
  private void failSomeJobs(int failures) {
    List<ActivatedJob> jobs = camunda.newActivateJobsCommand().jobType(JOB).maxJobsToActivate(failures).send().join()
        .getJobs();
    for (ActivatedJob job : jobs) {
      camunda.newFailCommand(job.getKey()).retries(0).errorMessage("Benchmark failure").send().join();
    }
  }

  private void time(String name, String url) throws Exception {
    int warmUp = 5;
    int measured = 40;
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < warmUp + measured; i++) {
      long start = System.nanoTime();
      int status = mvc.perform(get(url).with(user("monitor").roles("MONITOR"))).andReturn().getResponse().getStatus();
      if (status != 200) {
        throw new IllegalStateException(url + " answered " + status);
      }
      if (i >= warmUp) {
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    millis.sort(Double::compare);
    print("%-28s p50 %6.1f ms   p95 %6.1f ms", name, millis.get(millis.size() / 2),
        millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void print(String format, Object... args) {
    System.out.println("[monitoring benchmark] " + String.format(Locale.UK, format, args));
  }
}
