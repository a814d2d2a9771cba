package org.amends.engine.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.model.bpmn.Bpmn;

/**
 * The same workload on Operaton 1.0.3, embedded, on the same PostgreSQL (its own tables, its own
 * pool of the same size as the engine's): start → three external tasks → end, one in-process
 * worker thread per topic calling {@code fetchAndLock} and {@code complete}, at most
 * {@code inFlight} instances at once. Operaton's Java API has no long polling, so a worker that
 * fetched nothing waits {@link #IDLE_WAIT_MS} ms before asking again. Instances are started by
 * {@code inFlight} starter threads, as many starts at once as the engine's client may have on their
 * way, but no more than its pool has connections to spare (6). Latency is measured as for the
 * engine ({@link Workload}): from the call that created the task to the worker holding it.
 */
final class OperatonWorkload {

  private static final long IDLE_WAIT_MS = 5;
  private static final long LOCK_MS = 60_000;
  private static final int POOL_SIZE = 10;

  private OperatonWorkload() {}

  /** A warm-up pass of {@code warmUp} instances (handed to {@code warmedUp}), then the measured one. */
  static Figures run(String jdbcUrl, List<String> types, int warmUp, int instances, int inFlight,
      Consumer<Figures> warmedUp) throws Exception {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(jdbcUrl);
    pool.setUsername("postgres");
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setPoolName("operaton");
    try (HikariDataSource dataSource = new HikariDataSource(pool)) {
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
          ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
      // The workload needs neither DMN nor CMMN. Operaton builds its DMN engine all the same, and
      // its Scala FEEL wants another feel-engine than the one the engine pins: the JUEL one it ships
      // is built instead.
      configuration.setDmnEnabled(false);
      configuration.setCmmnEnabled(false);
      configuration.setDmnFeelEnableLegacyBehavior(true);
      ProcessEngine engine = configuration
          .setDataSource(dataSource)
          .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
          .setJobExecutorActivate(false)
          .setProcessEngineName("benchmark-operaton")
          .buildProcessEngine();
      try {
        warmedUp.accept(run(engine, "bench_operaton_warm_up", types, warmUp, inFlight));
        return run(engine, "bench_operaton", types, instances, inFlight);
      } finally {
        engine.close();
      }
    }
  }

  private static Figures run(ProcessEngine engine, String processId, List<String> types, int instances,
      int inFlight) throws Exception {
    var builder = Bpmn.createExecutableProcess(processId).startEvent();
    var task = builder.serviceTask("ServiceTask_1").operatonExternalTask(types.get(0));
    for (int i = 1; i < types.size(); i++) {
      task = task.serviceTask("ServiceTask_" + (i + 1)).operatonExternalTask(types.get(i));
    }
    engine.getRepositoryService().createDeployment()
        .addModelInstance(processId + ".bpmn", task.endEvent().done()).deploy();

    Workload workload = new Workload(instances, inFlight);
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> workers = new ArrayList<>();
    ExternalTaskService tasks = engine.getExternalTaskService();
    for (String type : types) {
      boolean last = type.equals(types.get(types.size() - 1));
      Thread worker = new Thread(() -> {
        while (running.get()) {
          List<LockedExternalTask> locked = tasks.fetchAndLock(32, "worker-" + type).topic(type, LOCK_MS).execute();
          if (locked.isEmpty()) {
            sleep(IDLE_WAIT_MS);
          }
          for (LockedExternalTask job : locked) {
            workload.received(job.getProcessInstanceId());
            workload.completing(job.getProcessInstanceId());
            tasks.complete(job.getId(), "worker-" + type);
            workload.completed(job.getProcessInstanceId(), last);
          }
        }
      }, "operaton-" + type);
      worker.start();
      workers.add(worker);
    }

    // Operaton's Java API answers on the caller's thread: as many starter threads as the engine's
    // client may have starts on their way, so that both take referrals concurrently, but no more
    // than the pool has connections to spare. Its id generator takes a second connection to fetch
    // a new block of ids while the threads waiting for it hold theirs: with more threads than
    // connections the pool runs dry and the starts time out (on two cores more would only queue).
    int spare = POOL_SIZE - types.size() - 1;
    ExecutorService starters = Executors.newFixedThreadPool(Math.min(inFlight, spare));
    workload.startAll(() -> CompletableFuture.supplyAsync(
        () -> engine.getRuntimeService().startProcessInstanceByKey(processId).getId(), starters));
    Figures figures = workload.await("Operaton 1.0.3, external tasks");
    starters.shutdown();
    running.set(false);
    for (Thread worker : workers) {
      worker.join();
    }
    return figures;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
