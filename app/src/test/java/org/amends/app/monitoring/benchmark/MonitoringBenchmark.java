package org.amends.app.monitoring.benchmark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
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
  private static final int IN_FLIGHT = 32;

  @Autowired CamundaClient camunda;
  @Autowired CaseService cases;
  @Autowired HistoryImport historyImport;
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void measure() throws Exception {
    int count = Integer.getInteger("amends.benchmark.cases", 10_000);
    deploy();
    long started = System.nanoTime();
    generate(count);
    double generated = seconds(started);
    failSomeJobs(count / 100);
    long elements = camunda.newElementInstanceSearchRequest().page(p -> p.limit(1)).send().join().page().totalItems();
    print("Generated %d cases, %d element instances in %.1f s", count, elements, generated);

    started = System.nanoTime();
    HistoryImport.Run catchUp = historyImport.runOnce();
    print("Import catch-up: %d rows in %.1f s (%.0f rows/s)%s", catchUp.rows(), seconds(started),
        catchUp.rows() / seconds(started), catchUp.failed() ? " FAILED: " + catchUp.failure() : "");

    explainFeedPage();

    int idleRuns = 10;
    long idleRows = 0;
    started = System.nanoTime();
    for (int i = 0; i < idleRuns; i++) {
      idleRows += historyImport.runOnce().rows();
    }
    double perRun = seconds(started) / idleRuns * 1000;
    print("Import when idle: %.0f ms a run, %.1f rows re-read a run; at one run every 2 s: %.1f s of work a minute",
        perRun, (double) idleRows / idleRuns, perRun * 30 / 1000);

    long definition = camunda.newProcessDefinitionSearchRequest().filter(f -> f.processDefinitionId(PROCESS))
        .send().join().items().get(0).getProcessDefinitionKey();
    time("overview", "/monitoring");
    time("diagram with counts", "/monitoring/processes/" + PROCESS);
    time("diagram, one version, area", "/monitoring/processes/" + PROCESS + "?version=" + definition + "&area=COLCHESTER");
    time("heatmap", "/monitoring/processes/" + PROCESS + "?view=time");
    time("heatmap, area", "/monitoring/processes/" + PROCESS + "?view=time&area=COLCHESTER");
    time("cases at an element", "/monitoring/processes/" + PROCESS + "/elements/UserTask_Stage4");
    time("bottlenecks", "/monitoring/bottlenecks");
    time("ageing", "/monitoring/ageing");
    time("incidents", "/monitoring/incidents");
    print("Load average while measuring: %s", java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
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

  private void generate(int count) throws InterruptedException {
    Random random = new Random(42);
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    List<CompletableFuture<?>> pending = new ArrayList<>();
    Area[] areas = Stream.of("COLCHESTER", "SOUTHEND", "THURROCK", "HARLOW", "BASILDON", "CHELMSFORD",
        "TENDRING", "BRENTWOOD", "OTHER").map(Area::new).toArray(Area[]::new);
    ReferralSource[] sources = {ReferralSource.POLICE, ReferralSource.POLICE, new ReferralSource("YOUTH_OFFENDING_TEAM"),
        new ReferralSource("COUNCIL"), new ReferralSource("PRISON"), new ReferralSource("PROBATION")};
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
          .thenAccept(instance -> openCase(instance.getProcessInstanceKey(), area, source))
          .whenComplete((ok, failure) -> inFlight.release());
      pending.add(created);
      if ((i + 1) % 1000 == 0) {
        print("created %d cases", i + 1);
      }
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
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
