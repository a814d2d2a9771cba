package org.amends.engine.benchmark;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amends.engine.Engine;
import org.amends.engine.EngineConfiguration;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.api.CreateProcessInstance;
import org.amends.engine.api.DeploymentResource;
import org.amends.engine.server.LocalPostgres;

/**
 * Throughput and job latency of the core engine on embedded PostgreSQL: N instances of start →
 * three service tasks → end, with one long-polling worker thread per job type and at most
 * {@code inFlight} instances running at once (so latency is not a backlog). Latency is from the
 * acknowledgement of the command that created the job (instance creation or the previous job's
 * completion) to the worker receiving it.
 *
 * <pre>./mvnw -q -pl engine test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.amends.engine.benchmark.EngineBenchmark -Dexec.args="2000 32"</pre>
 */
public final class EngineBenchmark {

  private static final List<String> TYPES = List.of("check-referral", "assess-eligibility", "notify-victim");

  public static void main(String[] args) throws Exception {
    int instances = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    Semaphore slots = new Semaphore(inFlight);
    try (LocalPostgres postgres = LocalPostgres.startTemporary();
        Engine engine = Engine.start(EngineConfiguration.of(postgres.dataSource()))) {
      engine.deploy(List.of(new DeploymentResource("bench.bpmn", Bpmn.convertToString(
          Bpmn.createExecutableProcess("bench")
              .startEvent()
              .serviceTask("ServiceTask_1", t -> t.zeebeJobType(TYPES.get(0)))
              .serviceTask("ServiceTask_2", t -> t.zeebeJobType(TYPES.get(1)))
              .serviceTask("ServiceTask_3", t -> t.zeebeJobType(TYPES.get(2)))
              .endEvent()
              .done()).getBytes(StandardCharsets.UTF_8))), null);

      Map<Long, Long> readySince = new ConcurrentHashMap<>();
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      CountDownLatch done = new CountDownLatch(instances);
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService workers = Executors.newFixedThreadPool(TYPES.size());
      for (String type : TYPES) {
        workers.submit(() -> work(engine, type, readySince, latencies, done, slots, running));
      }

      long start = System.nanoTime();
      for (int i = 0; i < instances; i++) {
        slots.acquire();
        long key = engine.createProcessInstance(new CreateProcessInstance(null, "bench", null, Map.of("i", i), null, null))
            .processInstanceKey();
        readySince.putIfAbsent(key, System.nanoTime());
      }
      boolean finished = done.await(10, TimeUnit.MINUTES);
      double seconds = (System.nanoTime() - start) / 1e9;
      running.set(false);
      workers.shutdown();
      workers.awaitTermination(30, TimeUnit.SECONDS);

      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf("instances: %d, at most %d in flight (all completed: %s)%n", instances, inFlight, finished);
      System.out.printf("completed instances per second: %.1f%n", instances / seconds);
      System.out.printf("job latency created -> received: p50 %.2f ms, p99 %.2f ms (%d jobs)%n",
          percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted.size());
    }
  }

  private static void work(Engine engine, String type, Map<Long, Long> readySince, List<Long> latencies,
      CountDownLatch done, Semaphore slots, AtomicBoolean running) {
    while (running.get()) {
      List<ActivatedJob> jobs = engine.jobs().activate(new ActivateJobs(
          type, "bench", Duration.ofMinutes(1), 32, List.of(), Duration.ofSeconds(1), List.of())).join();
      long received = System.nanoTime();
      for (ActivatedJob job : jobs) {
        Long since = readySince.get(job.processInstanceKey());
        if (since != null) {
          latencies.add(received - since);
        }
      }
      for (ActivatedJob job : jobs) {
        engine.jobs().complete(job.key(), Map.of());
        if (type.equals(TYPES.get(TYPES.size() - 1))) {
          readySince.remove(job.processInstanceKey());
          done.countDown();
          slots.release();
        } else {
          readySince.put(job.processInstanceKey(), System.nanoTime());
        }
      }
    }
  }

  private static long percentile(List<Long> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
