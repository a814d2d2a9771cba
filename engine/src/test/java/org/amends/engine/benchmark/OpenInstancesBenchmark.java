package org.amends.engine.benchmark;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.amends.engine.Engine;
import org.amends.engine.EngineConfiguration;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.api.CreateProcessInstance;
import org.amends.engine.api.DeploymentResource;
import org.amends.engine.server.LocalPostgres;

/**
 * Does the cost of work grow with the number of open instances? For each size, that many
 * instances are left open (each waiting at a job of another type, with a boundary timer a year
 * away and a message boundary event, as a case waiting for weeks does), then a fixed workload
 * runs: instances of start, one service task, end, each created and its job activated and
 * completed, and as many messages published with a time to live for keys nobody waits for (each
 * looked up against the open subscriptions and the message start events, then buffered).
 * Throughput should stay flat from size to size: lookups are indexed, not scans over what waits.
 * The load average is printed with each line: on a shared machine it says how far to trust it.
 *
 * <pre>./mvnw -q -pl engine test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.amends.engine.benchmark.OpenInstancesBenchmark -Dexec.args="1000 50000 2000"</pre>
 *
 * The arguments: the open-instance sizes (ascending), then the number of workload instances last.
 */
public final class OpenInstancesBenchmark {

  private static final int PARKING_THREADS = 32;

  public static void main(String[] args) throws Exception {
    int workload = args.length >= 2 ? Integer.parseInt(args[args.length - 1]) : 1000;
    int[] sizes = args.length >= 2
        ? java.util.Arrays.stream(args, 0, args.length - 1).mapToInt(Integer::parseInt).toArray()
        : new int[] {1000, 5000};
    try (LocalPostgres postgres = LocalPostgres.startTemporary();
        Engine engine = Engine.start(EngineConfiguration.of(postgres.dataSource()))) {
      engine.deploy(List.of(
          resource("waiting.bpmn", Bpmn.createExecutableProcess("waiting").startEvent()
              .serviceTask("Parked", t -> t.zeebeJobType("parked"))
              .boundaryEvent("Reminder").cancelActivity(false).timerWithDuration("P365D").endEvent()
              .moveToActivity("Parked")
              .boundaryEvent("Withdrawn").message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("caseId"))
              .endEvent()
              .moveToActivity("Parked")
              .intermediateCatchEvent("Reply").message(m -> m.name("reply").zeebeCorrelationKeyExpression("caseId"))
              .endEvent().done()),
          resource("work.bpmn", Bpmn.createExecutableProcess("work").startEvent()
              .serviceTask("Work", t -> t.zeebeJobType("work")).endEvent().done())), null);
      int open = 0;
      for (int size : sizes) {
        long parkStart = System.nanoTime();
        park(engine, open, size);
        open = size;
        double parkSeconds = (System.nanoTime() - parkStart) / 1e9;
        run(engine, Math.max(workload / 10, 10)); // warm-up
        long start = System.nanoTime();
        run(engine, workload);
        double seconds = (System.nanoTime() - start) / 1e9;
        long messageStart = System.nanoTime();
        publish(engine, workload, "msg-" + size);
        double messageSeconds = (System.nanoTime() - messageStart) / 1e9;
        System.out.printf("open instances: %6d | workload: %d instances in %.1f s = %.1f instances/s"
                + " (create + activate + complete) | %d messages buffered in %.1f s = %.1f messages/s"
                + " | parking took %.1f s | load average %s%n",
            size, workload, seconds, workload / seconds, workload, messageSeconds, workload / messageSeconds,
            parkSeconds, loadAverage());
      }
    }
  }

  /**
   * Opens the instances from many threads at once, so that the writer takes them in batches:
   * parking is the set-up, not what is measured.
   */
  private static void park(Engine engine, int from, int to) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(PARKING_THREADS);
    try {
      List<Future<?>> parked = new ArrayList<>();
      for (int i = from; i < to; i++) {
        String caseId = "case-" + i;
        parked.add(pool.submit(() -> engine.createProcessInstance(
            new CreateProcessInstance(null, "waiting", null, Map.of("caseId", caseId), null, null))));
      }
      for (Future<?> future : parked) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Publishes messages for keys no instance waits for: each is buffered for an hour. */
  private static void publish(Engine engine, int messages, String prefix) {
    for (int i = 0; i < messages; i++) {
      engine.publishMessage("withdrawn", prefix + "-" + i, Duration.ofHours(1), null, Map.of(), null);
    }
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** Creates the instances, then activates and completes their jobs in batches of 32. */
  private static void run(Engine engine, int instances) {
    for (int i = 0; i < instances; i++) {
      engine.createProcessInstance(new CreateProcessInstance(null, "work", null, Map.of("i", i), null, null));
    }
    int completed = 0;
    while (completed < instances) {
      List<ActivatedJob> jobs = engine.jobs().activate(new ActivateJobs(
          "work", "bench", Duration.ofMinutes(5), 32, List.of(), Duration.ofSeconds(1), List.of())).join();
      for (ActivatedJob job : jobs) {
        engine.jobs().complete(job.key(), Map.of());
        completed++;
      }
    }
  }

  private static DeploymentResource resource(String name, io.camunda.zeebe.model.bpmn.BpmnModelInstance model) {
    return new DeploymentResource(name, Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
  }
}
