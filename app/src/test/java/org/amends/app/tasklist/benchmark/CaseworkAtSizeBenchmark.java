package org.amends.app.tasklist.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.zaxxer.hikari.HikariDataSource;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.amends.app.EmbeddedEngineTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The tasklist, the case list and a case page at a real service's size: 20,000 cases (two
 * parties each, in the app's tables, written in a few set-based statements) and 10,000 open user
 * tasks (real ones in the engine, created through the client, each process carrying its case's
 * id, so the tasklist reads them as it reads the journey's). Some tasks are assigned to the
 * coordinator and some completed, so every view has rows. Prints p50/p95 of each page; asserts
 * nothing; its name keeps it out of the default test run (surefire runs *Test classes):
 *
 * <pre>./mvnw -B -ntp -pl app -am verify -Dtest=CaseworkAtSizeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false -Damends.benchmark.cases=20000 -Damends.benchmark.tasks=10000</pre>
 */
// a loaded machine answers slowly while thousands of instances are created: no 10-second timeouts
@SpringBootTest(properties = "camunda.client.request-timeout=PT2M")
@AutoConfigureMockMvc
class CaseworkAtSizeBenchmark extends EmbeddedEngineTestSupport {

  private static final String PROCESS = "benchmark-tasks";
  private static final String[] STEPS = {"UserTask_Assess", "UserTask_Contact", "UserTask_Prepare", "UserTask_Review"};
  private static final String[] AREAS = {"COLCHESTER", "SOUTHEND", "THURROCK", "HARLOW", "BASILDON", "CHELMSFORD",
      "TENDRING", "BRENTWOOD", "OTHER"};
  private static final String[] STAGES = {"REFERRAL", "SCREENING", "CONTACT", "ASSESSMENT", "CONSENT", "ALLOCATION",
      "PREPARATION", "MEETING", "OUTCOME", "FOLLOW_UP"};
  private static final int IN_FLIGHT = 32;
  private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

  @Autowired CamundaClient camunda;
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired LoggingSystem logging;

  @Test
  void measure() throws Exception {
    int caseCount = Integer.getInteger("amends.benchmark.cases", 20_000);
    int taskCount = Math.min(caseCount, Integer.getInteger("amends.benchmark.tasks", 10_000));
    long started = System.nanoTime();
    long firstCase = insertCases(caseCount);
    print("Inserted %d cases with two parties each in %.1f s", caseCount, seconds(started));

    deploy();
    started = System.nanoTime();
    createTasks(firstCase, taskCount);
    print("Created %d process instances, one open user task each, in %.1f s", taskCount, seconds(started));
    started = System.nanoTime();
    int assigned = assignAndComplete(taskCount / 20, taskCount / 50);
    print("Assigned %d tasks to the coordinator and completed %d in %.1f s", assigned, taskCount / 50,
        seconds(started));
    // a running service's tables have been visited by autovacuum since their rows were written
    // (statistics, and the visibility map that lets a count read an index alone); rows written a
    // minute ago in bulk have not, and the measurements would start while autovacuum runs
    started = System.nanoTime();
    jdbc.execute("vacuum analyze");
    print("Vacuumed and analysed the database in %.1f s", seconds(started));
    long open = camunda.newUserTaskSearchRequest().filter(f -> f.state(io.camunda.client.api.search.enums.UserTaskState.CREATED))
        .page(p -> p.limit(1)).send().join().page().totalItems();
    print("Open user tasks in the engine: %d; cases: %d", open,
        jdbc.queryForObject("select count(*) from amends.case_file", Long.class));

    String reference = jdbc.queryForObject("select reference from amends.case_file where id = ?", String.class,
        firstCase + caseCount / 2);
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("tasks: mine", "/tasks?view=mine");
    pages.put("tasks: unassigned", "/tasks?view=unassigned");
    pages.put("tasks: open (my groups)", "/tasks?view=open");
    pages.put("tasks: completed", "/tasks?view=completed");
    pages.put("tasks: open, page 100", "/tasks?view=open&page=100");
    pages.put("tasks: open, step", "/tasks?view=open&step=" + STEPS[1]);
    pages.put("tasks: open, overdue", "/tasks?view=open&due=OVERDUE");
    pages.put("tasks: open, due today", "/tasks?view=open&due=TODAY");
    pages.put("tasks: open, due this week", "/tasks?view=open&due=THIS_WEEK");
    pages.put("tasks: open, priority high", "/tasks?view=open&priority=HIGH");
    pages.put("tasks: open, area", "/tasks?view=open&area=COLCHESTER");
    pages.put("tasks: open, case reference", "/tasks?view=open&reference=" + reference);
    pages.put("tasks: open, newest first", "/tasks?view=open&sort=CREATED_DESC");
    pages.put("tasks: open, priority first", "/tasks?view=open&sort=PRIORITY_DESC");
    pages.put("tasks: unassigned, area", "/tasks?view=unassigned&area=COLCHESTER");
    pages.put("cases: list", "/cases");
    pages.put("cases: page 400", "/cases?page=400");
    pages.put("cases: area", "/cases?area=SOUTHEND");
    pages.put("cases: stage and status", "/cases?stage=CONTACT&status=OPEN");
    pages.put("cases: search reference", "/cases?reference=" + reference.substring(0, reference.length() - 1));
    pages.put("cases: search name", "/cases?name=Harmed+1234");
    pages.put("case page", "/cases/" + (firstCase + caseCount / 2));
    pages.put("case page with its journey", "/cases/" + (firstCase + 7));
    // every page once before any is measured: the first page measured would otherwise pay for
    // compiling the code that all of them share
    for (String url : pages.values()) {
      get200(url);
    }
    for (Map.Entry<String, String> page : pages.entrySet()) {
      time(page.getKey(), page.getValue());
    }
    print("Load average while measuring: %s", Files.readString(Path.of("/proc/loadavg")).trim());
    if (Boolean.getBoolean("amends.benchmark.explain")) {
      explain(pages.get("tasks: unassigned, area"));
    }
  }

  /**
   * The plans of every statement one page runs, the engine's searches as the engine sends them
   * (PostgreSQL's auto_explain, with the rows and buffers of each step), in the embedded server's
   * log, shown from here on: {@code -Damends.benchmark.explain=true}. Asked after measuring, which
   * it would slow. At 20,000 cases the log has been seen not to reach the output before the end.
   */
  private void explain(String url) throws Exception {
    logging.setLogLevel(EmbeddedPostgres.class.getName(), LogLevel.INFO);
    jdbc.execute("load 'auto_explain'");
    jdbc.execute("alter system set session_preload_libraries = 'auto_explain'");
    jdbc.execute("alter system set auto_explain.log_min_duration = 0");
    jdbc.execute("alter system set auto_explain.log_analyze = on");
    jdbc.execute("alter system set auto_explain.log_buffers = on");
    jdbc.execute("select pg_reload_conf()");
    // the server reads its configuration again a moment after it is asked to; then the pool's
    // connections, opened before, are replaced by new ones, which load auto_explain
    Thread.sleep(1000);
    dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    Thread.sleep(1000);
    print("Plans of %s follow (the embedded PostgreSQL's log)", url);
    get200(url);
    // the log reaches this process through a pipe, a moment later
    Thread.sleep(2000);
  }

  /** Cases, referrals and parties in three statements: the benchmark is about reading them. */
  private long insertCases(int count) {
    long before = jdbc.queryForObject("select coalesce(max(id), 0) from amends.case_file", Long.class);
    jdbc.update("""
        insert into amends.case_file (reference, status, stage, area, offence_type, created_at, updated_at, version)
        select 'RJ-2019-' || (100000 + n), 'OPEN', (?::text[])[1 + n % 10], (?::text[])[1 + n % 9],
          'Criminal damage', now() - make_interval(mins => n), now() - make_interval(mins => n), 0
        from generate_series(1, ?) n order by n""",
        toArray(STAGES), toArray(AREAS), count);
    jdbc.update("""
        insert into amends.referral (case_id, source, referrer_name, referral_date)
        select id, case when id % 3 = 0 then 'POLICE' when id % 3 = 1 then 'COUNCIL' else 'SELF' end,
          case when id % 3 = 2 then null else 'Referrer ' || id end, current_date - (id % 365)::int
        from amends.case_file where id > ?""", before);
    jdbc.update("""
        insert into amends.party (case_id, role, name, status, version)
        select id, r.role, (case r.role when 'HARMED' then 'Harmed ' else 'Harmer ' end) || id, 'ACTIVE', 0
        from amends.case_file, (values ('HARMED'), ('HARMER')) r(role) where id > ? order by id""", before);
    jdbc.execute("analyze amends.case_file; analyze amends.party; analyze amends.referral");
    return before + 1;
  }

  /** A PostgreSQL array literal, for {@code ?::text[]}. */
  private static String toArray(String[] values) {
    return "{" + String.join(",", values) + "}";
  }

  /** start → a gateway → one of four user tasks (two for coordinators, two for facilitators) → end. */
  private void deploy() {
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(PROCESS).name("Benchmark tasks")
        .startEvent("StartEvent_Start").exclusiveGateway("Gateway_Step");
    for (int i = 0; i < STEPS.length; i++) {
      builder = builder.moveToNode("Gateway_Step").condition("=step = " + i)
          .userTask(STEPS[i]).name("Step " + i).zeebeUserTask()
          .zeebeCandidateGroups(i < 2 ? "coordinators" : "facilitators").zeebeDueDateExpression("=due")
          .zeebeTaskPriorityExpression("=priority")
          .endEvent("EndEvent_" + i);
    }
    camunda.newDeployResourceCommand().addProcessModel(builder.done(), PROCESS + ".bpmn").send().join();
  }

  /** One instance per case, for the first {@code count} cases, each with its case's id. */
  private void createTasks(long firstCase, int count) throws InterruptedException {
    Random random = new Random(42);
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    List<CompletableFuture<?>> pending = new ArrayList<>();
    Map<Long, Long> instances = new ConcurrentHashMap<>();
    for (int i = 0; i < count; i++) {
      long caseId = firstCase + i;
      Map<String, Object> variables = Map.of("caseId", caseId, "step", random.nextInt(STEPS.length),
          "due", OffsetDateTime.now().plusDays(random.nextInt(40) - 15).toString(),
          "priority", random.nextInt(10) == 0 ? 90 : 50);
      inFlight.acquire();
      pending.add(camunda.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion().variables(variables)
          .send().toCompletableFuture()
          .thenAccept(instance -> instances.put(caseId, instance.getProcessInstanceKey()))
          .whenComplete((ok, failure) -> inFlight.release()));
      if ((i + 1) % 1000 == 0) {
        print("created %d instances", i + 1);
      }
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    jdbc.batchUpdate("update amends.case_file set process_instance_key = ? where id = ?",
        instances.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
  }

  /** The coordinator's own tasks (the "mine" view) and some completed ones (the "completed" view). */
  private int assignAndComplete(int assign, int complete) {
    List<UserTask> tasks = new ArrayList<>();
    List<Long> seen = new ArrayList<>();
    while (tasks.size() < assign + complete) {
      List<UserTask> page = camunda.newUserTaskSearchRequest()
          .filter(f -> f.state(io.camunda.client.api.search.enums.UserTaskState.CREATED).candidateGroup("coordinators"))
          .page(p -> p.from(seen.size()).limit(Math.min(100, assign + complete - tasks.size())))
          .send().join().items();
      if (page.isEmpty()) {
        break;
      }
      page.forEach(t -> seen.add(t.getUserTaskKey()));
      tasks.addAll(page);
    }
    List<CompletableFuture<?>> pending = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      long key = tasks.get(i).getUserTaskKey();
      if (i < assign) {
        pending.add(camunda.newAssignUserTaskCommand(key).assignee("coordinator").send().toCompletableFuture());
      } else {
        pending.add(camunda.newCompleteUserTaskCommand(key).send().toCompletableFuture());
      }
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    return Math.min(assign, tasks.size());
  }

  private void time(String name, String url) throws Exception {
    int warmUp = 2;
    int measured = Integer.getInteger("amends.benchmark.samples", 20);
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < warmUp + measured; i++) {
      long start = System.nanoTime();
      get200(url);
      if (i >= warmUp) {
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    millis.sort(Double::compare);
    print("%-30s p50 %6.1f ms   p95 %6.1f ms", name, millis.get(millis.size() / 2),
        millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
  }

  private void get200(String url) throws Exception {
    int status = mvc.perform(get(url).with(COORDINATOR)).andReturn().getResponse().getStatus();
    if (status != 200) {
      throw new IllegalStateException(url + " answered " + status);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void print(String format, Object... args) {
    System.out.println("[casework benchmark] " + String.format(Locale.UK, format, args));
  }
}
