package org.amends.engine.benchmark;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * away and a message subscription, as a case waiting for weeks does), then a fixed workload runs:
 * instances of start, one service task, end, each created and its job activated and completed.
 * Throughput should stay flat from size to size: lookups are indexed, not scans over what waits.
 *
 * <pre>./mvnw -q -pl engine test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.amends.engine.benchmark.OpenInstancesBenchmark -Dexec.args="1000 50000 2000"</pre>
 *
 * The arguments: the open-instance sizes (ascending), then the number of workload instances last.
 */
public final class OpenInstancesBenchmark {

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
              .intermediateCatchEvent("Reply").message(m -> m.name("reply").zeebeCorrelationKeyExpression("caseId"))
              .endEvent().done()),
          resource("work.bpmn", Bpmn.createExecutableProcess("work").startEvent()
              .serviceTask("Work", t -> t.zeebeJobType("work")).endEvent().done())), null);
      int open = 0;
      for (int size : sizes) {
        long parkStart = System.nanoTime();
        for (; open < size; open++) {
          engine.createProcessInstance(
              new CreateProcessInstance(null, "waiting", null, Map.of("caseId", "case-" + open), null, null));
        }
        double parkSeconds = (System.nanoTime() - parkStart) / 1e9;
        run(engine, Math.max(workload / 10, 10)); // warm-up
        long start = System.nanoTime();
        run(engine, workload);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("open instances: %6d | workload: %d instances in %.1f s = %.1f instances/s"
                + " (create + activate + complete) | parking took %.1f s%n",
            size, workload, seconds, workload / seconds, parkSeconds);
      }
    }
  }

  /** Creates the instances, then activates and completes their jobs in batches of 32. */
  private static void run(Engine engine, int instances) {
    for (int i = 0; i < instances; i++) {
      engine.createProcessInstance(new CreateProcessInstance(null, "work", null, Map.of("i", i), null, null));
    }
    int completed = 0;
    while (completed < instances) {
      List<ActivatedJob> jobs = engine.activateJobs(new ActivateJobs(
          "work", "bench", Duration.ofMinutes(5), 32, List.of(), Duration.ofSeconds(1), List.of())).join();
      for (ActivatedJob job : jobs) {
        engine.completeJob(job.key(), Map.of());
        completed++;
      }
    }
  }

  private static DeploymentResource resource(String name, io.camunda.zeebe.model.bpmn.BpmnModelInstance model) {
    return new DeploymentResource(name, Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
  }
}
