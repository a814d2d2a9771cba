package org.amends.engine.benchmark;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.server.LocalPostgres;
import org.amends.engine.server.TestCredential;
import org.amends.engine.server.TestEngineServer;
import org.amends.engine.server.conformance.ResponseRecorder;

/**
 * The engine through the unmodified Camunda client, over gRPC with job streaming (the client's
 * defaults plus {@code streamEnabled}) and over REST with long-polling workers: start → three
 * service tasks → end, one job worker per type, at most {@code inFlight} instances at once. The
 * starts are sent as soon as a slot is free, without waiting for the answers to those before (an
 * intake receives referrals concurrently); Operaton gets as many starter threads, see
 * {@link Workload}, which also says how job latency is measured. Each transport runs twice on the
 * same engine, each run with its own process id: first with handlers that wait for their
 * completion, as the client's own examples do (the client runs handlers on one thread by default,
 * so a worker then completes one job at a time), then as the Spring starter's {@code @JobWorker}
 * auto-completion runs the application's own workers: the completion is sent and the handler
 * returns without waiting for it. Then the same workload on Operaton 1.0.3 embedded
 * ({@link OperatonWorkload}) on the same PostgreSQL, after the engine has stopped; the rows are
 * printed side by side.
 *
 * <p>Every row is run twice: first a warm-up of as many instances (or the third argument), printed
 * but not compared, then the measured run. The engine and Operaton are long-running services; a
 * cold JVM on two cores spends most of a short run compiling (at {@code "500 4"}, 53% of the JVM's
 * CPU samples were the JIT compiler's), and that is not what the comparison is about. Both get
 * the same warm-up.
 *
 * <pre>./mvnw -q -pl engine test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.amends.engine.benchmark.ClientBenchmark -Dexec.args="1000 32"</pre>
 * (instances, at most in flight, warm-up instances a row; 1000, 32 and as many as measured by default)
 */
public final class ClientBenchmark {

  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static final List<String> TYPES = List.of("check-referral", "assess-eligibility", "notify-victim");

  public static void main(String[] args) throws Exception {
    System.setProperty(ResponseRecorder.OFF, "true");
    int instances = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : instances;
    List<Figures> figures = new ArrayList<>();
    try (LocalPostgres postgres = LocalPostgres.startTemporary()) {
      try (EngineServer server = EngineServer.start(
          EngineServerSettings.forTests(CREDENTIAL.credential()), postgres.dataSource(), false)) {
        for (Row row : Row.values()) {
          warmUp(run(server, row, Pass.WARM_UP, warmUp, inFlight));
        }
        for (Row row : Row.values()) {
          figures.add(report(run(server, row, Pass.MEASURED, instances, inFlight)));
        }
      }
      figures.add(report(OperatonWorkload.run(postgres.jdbcUrl(), TYPES, warmUp, instances, inFlight, ClientBenchmark::warmUp)));
    }
    System.out.printf("instances: %d, at most %d in flight, %d cores, after a warm-up of %d instances a row%n",
        instances, inFlight, Runtime.getRuntime().availableProcessors(), warmUp);
    figures.forEach(f -> System.out.println(f.row()));
  }

  /** A warm-up row is printed to show what a cold JVM does; it is not compared. */
  private static void warmUp(Figures figures) {
    System.out.printf("warm-up, not compared: %s%n", figures.row());
  }

  /** Each row as soon as it is known, with the load average of the moment (the machine is shared). */
  private static Figures report(Figures figures) {
    System.out.printf("%s   load average %.2f%n", figures.row(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return figures;
  }

  /** How a handler completes its job: waiting for the answer, or sending it and returning. */
  private enum Completion { WAITED, SENT }

  /** The engine's rows, in the order they run. */
  private enum Row {
    GRPC_WAITED(TestEngineServer.Transport.GRPC, Completion.WAITED),
    REST_WAITED(TestEngineServer.Transport.REST, Completion.WAITED),
    GRPC_SENT(TestEngineServer.Transport.GRPC, Completion.SENT),
    REST_SENT(TestEngineServer.Transport.REST, Completion.SENT);

    private final TestEngineServer.Transport transport;
    private final Completion completion;

    Row(TestEngineServer.Transport transport, Completion completion) {
      this.transport = transport;
      this.completion = completion;
    }
  }

  /** A warm-up pass runs its own process, so that no worker or stream of it is left to the measured one. */
  private enum Pass { WARM_UP, MEASURED }

  private static Figures run(EngineServer server, Row row, Pass pass, int instances, int inFlight) throws Exception {
    TestEngineServer.Transport transport = row.transport;
    Completion completion = row.completion;
    boolean streaming = transport == TestEngineServer.Transport.GRPC;
    String processId = "bench_" + row.name().toLowerCase() + (pass == Pass.WARM_UP ? "_warm_up" : "");
    // a loaded machine can take longer than the client's default 10 s to answer the deployment
    try (CamundaClient client = CREDENTIAL.clientBuilder(server, transport)
        .defaultRequestTimeout(Duration.ofMinutes(1)).build()) {
      client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(processId)
          .startEvent()
          .serviceTask("ServiceTask_1", t -> t.zeebeJobType(processId + "-" + TYPES.get(0)))
          .serviceTask("ServiceTask_2", t -> t.zeebeJobType(processId + "-" + TYPES.get(1)))
          .serviceTask("ServiceTask_3", t -> t.zeebeJobType(processId + "-" + TYPES.get(2)))
          .endEvent()
          .done(), processId + ".bpmn").send().join();

      Workload workload = new Workload(instances, inFlight);
      List<JobWorker> workers = new ArrayList<>();
      for (String type : TYPES) {
        boolean last = type.equals(TYPES.get(TYPES.size() - 1));
        workers.add(client.newWorker().jobType(processId + "-" + type).handler((jobClient, job) -> {
          workload.received(job.getProcessInstanceKey());
          workload.completing(job.getProcessInstanceKey());
          var sent = jobClient.newCompleteCommand(job.getKey()).send();
          if (completion == Completion.WAITED) {
            sent.join();
            workload.completed(job.getProcessInstanceKey(), last);
          } else {
            sent.whenComplete((done, failure) -> {
              if (failure != null) {
                System.err.println("completion of job " + job.getKey() + " failed: " + failure);
              } else {
                workload.completed(job.getProcessInstanceKey(), last);
              }
            });
          }
        }).maxJobsActive(32).requestTimeout(Duration.ofSeconds(10)).streamEnabled(streaming).open());
      }
      if (streaming) {
        for (String type : TYPES) {
          while (server.engine().jobs().openStreamCount(processId + "-" + type) == 0) {
            Thread.sleep(10);
          }
        }
      }

      workload.startAll(() -> client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send()
          .thenApply(created -> (Object) created.getProcessInstanceKey()));
      Figures figures = workload.await((streaming ? "engine, gRPC, job streaming" : "engine, REST, long polling")
          + (completion == Completion.SENT ? ", completion not waited for (@JobWorker)" : ""));
      workers.forEach(JobWorker::close);
      return figures;
    }
  }
}
