package org.amends.engine.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivateJobsResponse;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.StreamJobsResponse;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceRequest;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.TestEngineServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What only the gateway protocol has: job push, long polls held on a gRPC call, Zeebe's status
 * codes and messages (the credential check is GatewayAccessTest's). The client prefers
 * gRPC.
 */
class GatewayTest {

  private static final AtomicInteger IDS = new AtomicInteger();

  private static EngineServer server;
  private static CamundaClient client;

  @BeforeAll
  static void connect() {
    server = TestEngineServer.get();
    client = TestEngineServer.clientBuilder(server, TestEngineServer.Transport.GRPC)
        .defaultRequestTimeout(Duration.ofSeconds(15))
        .build();
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Test
  void shouldPushAJobCreatedAfterTheStreamOpened() throws Exception {
    // given a stream open for the job type
    String processId = uniqueId("Process_Stream");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    BlockingQueue<ActivatedJob> pushed = new LinkedBlockingQueue<>();
    CamundaFuture<StreamJobsResponse> stream = client.newStreamJobsCommand().jobType(type)
        .consumer(pushed::add).workerName("streamer").timeout(Duration.ofMinutes(1)).send();
    try {
      await(() -> server.engine().jobs().openStreamCount(type) == 1);

      // when a job of that type is created
      long instance = start(processId, Map.of("caseId", "C-9"));

      // then it is pushed to the stream, activated for its worker, without anyone polling
      ActivatedJob job = pushed.poll(10, TimeUnit.SECONDS);
      assertThat(job).isNotNull();
      assertThat(job.getProcessInstanceKey()).isEqualTo(instance);
      assertThat(job.getWorker()).isEqualTo("streamer");
      assertThat(job.getVariablesAsMap()).containsEntry("caseId", "C-9");
      client.newCompleteCommand(job).send().join();
    } finally {
      stream.cancel(true);
    }
    await(() -> server.engine().jobs().openStreamCount(type) == 0);
  }

  @Test
  void shouldCompleteJobsPushedToAStreamingWorker() throws Exception {
    // given a job worker with streaming on
    String processId = uniqueId("Process_StreamWorker");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    try (JobWorker worker = client.newWorker().jobType(type)
        .handler((jobClient, job) -> jobClient.newCompleteCommand(job).variables(Map.of("done", true)).send().join())
        .streamEnabled(true).pollInterval(Duration.ofMinutes(5)).open()) {
      await(() -> server.engine().jobs().openStreamCount(type) == 1);

      // when instances are started and their results awaited
      var result = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
          .withResult().requestTimeout(Duration.ofSeconds(10)).send().join();

      // then the worker completed the job pushed to it
      assertThat(result.getVariablesAsMap()).containsEntry("done", true);
    }
  }

  @Test
  void shouldAnswerALongPollWhenAJobArrives() throws Exception {
    // given a worker waiting for jobs of a type nobody has yet
    String processId = uniqueId("Process_LongPoll");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    CompletableFuture<ActivateJobsResponse> poll = client.newActivateJobsCommand().jobType(type)
        .maxJobsToActivate(5).requestTimeout(Duration.ofSeconds(20)).send().toCompletableFuture();
    Thread.sleep(300);
    assertThat(poll).isNotDone();

    // when a job of that type is created
    long instance = start(processId, Map.of());

    // then the waiting call is answered with it
    List<ActivatedJob> jobs = poll.get(10, TimeUnit.SECONDS).getJobs();
    assertThat(jobs).singleElement().satisfies(job -> assertThat(job.getProcessInstanceKey()).isEqualTo(instance));
  }

  @Test
  void shouldAnswerNotFoundForAMissingProcessDefinition() {
    ClientStatusException refused = refusal(() ->
        client.newCreateInstanceCommand().bpmnProcessId("Process_NeverDeployed").latestVersion().send().join());

    assertThat(refused.getStatusCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(refused.getStatus().getDescription())
        .startsWith("Command 'CREATE' rejected with code 'NOT_FOUND': ")
        .contains("Process_NeverDeployed");
  }

  @Test
  void shouldAnswerNotFoundForAWrongJobKey() {
    ClientStatusException refused = refusal(() -> client.newCompleteCommand(2251799813685249L).send().join());

    assertThat(refused.getStatusCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(refused.getStatus().getDescription())
        .startsWith("Command 'COMPLETE' rejected with code 'NOT_FOUND': ")
        .contains("2251799813685249");
  }

  @Test
  void shouldAnswerFailedPreconditionForAJobThatIsNotActivated() {
    // given a job that failed with no retries left
    String processId = uniqueId("Process_Failed");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    start(processId, Map.of());
    ActivatedJob job = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1)
        .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs().get(0);
    client.newFailCommand(job).retries(0).errorMessage("mail server down").send().join();

    // when a worker completes it all the same
    ClientStatusException refused = refusal(() -> client.newCompleteCommand(job).send().join());

    // then
    assertThat(refused.getStatusCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    assertThat(refused.getStatus().getDescription()).startsWith("Command 'COMPLETE' rejected with code 'INVALID_STATE': ");
  }

  @Test
  void shouldAnswerInvalidArgumentForVariablesThatAreNotAnObject() {
    ManagedChannel channel = RawGateway.channel(server.grpcPort());
    try {
      StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, () ->
          RawGateway.stub(channel, TestEngineServer.credential().header()).createProcessInstance(CreateProcessInstanceRequest.newBuilder()
              .setBpmnProcessId("Process_Any").setVersion(-1).setVariables("[1, 2]").build()));

      assertThat(refused).isNotNull();
      assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(refused.getStatus().getDescription()).contains("variables").contains("root level object");
    } finally {
      channel.shutdownNow();
    }
  }

  @Test
  void shouldRefuseModificationAndMigrationWithZeebesStatusesAndIntents() {
    String processId = uniqueId("Process_Modify");
    deploy(serviceTaskProcess(processId, "type-" + processId));
    long instance = start(processId, Map.of());
    long target = client.newDeployResourceCommand()
        .addProcessModel(serviceTaskProcess(processId, "other-" + processId), processId + ".bpmn")
        .send().join().getProcesses().get(0).getProcessDefinitionKey();

    ClientStatusException modify = refusal(() -> client.newModifyProcessInstanceCommand(instance)
        .activateElement("ServiceTask_Gone").send().join());
    ClientStatusException migrate = refusal(() -> client.newMigrateProcessInstanceCommand(instance)
        .migrationPlan(target).addMappingInstruction("StartEvent_Received", "StartEvent_Received").send().join());

    assertThat(modify.getStatusCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(modify.getStatus().getDescription())
        .startsWith("Command 'MODIFY' rejected with code 'INVALID_ARGUMENT': ").contains("'ServiceTask_Gone'");
    assertThat(migrate.getStatusCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    assertThat(migrate.getStatus().getDescription())
        .startsWith("Command 'MIGRATE' rejected with code 'INVALID_STATE': ")
        .contains("no mapping instruction defined for active element with id 'ServiceTask_Work'");
  }

  private static ClientStatusException refusal(Runnable call) {
    Throwable failure = org.assertj.core.api.Assertions.catchThrowable(call::run);
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ClientStatusException status) {
        return status;
      }
    }
    throw new AssertionError("expected the call to be refused with a gRPC status", failure);
  }

  private static String uniqueId(String prefix) {
    return prefix + "_" + IDS.incrementAndGet() + "_" + System.nanoTime() % 100_000;
  }

  private static BpmnModelInstance serviceTaskProcess(String processId, String jobType) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Received")
        .serviceTask("ServiceTask_Work", t -> t.zeebeJobType(jobType))
        .endEvent("EndEvent_Done")
        .done();
  }

  private static void deploy(BpmnModelInstance process) {
    String id = process.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class)
        .iterator().next().getId();
    client.newDeployResourceCommand().addProcessModel(process, id + ".bpmn").send().join();
  }

  private static long start(String processId, Map<String, Object> variables) {
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(variables).send().join().getProcessInstanceKey();
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }
}
