package org.amends.engine.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.TopologyRequest;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.server.LocalPostgres;
import org.amends.engine.server.TestCredential;
import org.amends.engine.server.TestEngineServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An engine as it runs in production (every test switch off): the gateway (gRPC) port asks for
 * the same credential as the HTTP ports, which the unmodified Camunda client sends when configured
 * for basic authentication, and answers no call addressed to another host name.
 */
class GatewayAccessTest {

  private static final String EXTRA_HOST = "engine.internal.example";
  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static final TestCredential WRONG =
      new TestCredential(CREDENTIAL.username(), CREDENTIAL.password() + "x");
  private static LocalPostgres postgres;
  private static EngineServer server;

  @BeforeAll
  static void start() {
    postgres = LocalPostgres.startTemporary();
    server = EngineServer.start(
        EngineServerSettings.defaults(CREDENTIAL.credential()).withPorts(0, 0, 0)
            .withAllowedHosts(List.of(EXTRA_HOST)),
        postgres.dataSource(), false);
  }

  @AfterAll
  static void stop() {
    server.close();
    postgres.close();
  }

  @Test
  void shouldServeTheClientWithTheRightCredentialOverGrpc() {
    // given a client as a user configures it (camunda.client.auth.method=basic), job streaming on
    try (CamundaClient client = CREDENTIAL.clientBuilder(server, TestEngineServer.Transport.GRPC).build();
        JobWorker worker = client.newWorker().jobType("gateway-access-echo")
            .handler((jobClient, job) -> jobClient.newCompleteCommand(job.getKey())
                .variables(Map.of("echoed", job.getVariablesAsMap().get("text"))).send().join())
            .streamEnabled(true)
            .open()) {
      client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("Process_GatewayAccess")
          .startEvent()
          .serviceTask("ServiceTask_Echo", t -> t.zeebeJobType("gateway-access-echo"))
          .endEvent()
          .done(), "gateway-access.bpmn").send().join();

      // when
      ProcessInstanceResult result = client.newCreateInstanceCommand()
          .bpmnProcessId("Process_GatewayAccess").latestVersion()
          .variables(Map.of("text", "through the gateway"))
          .withResult().requestTimeout(Duration.ofSeconds(20))
          .send().join();

      // then
      assertThat(result.getVariablesAsMap()).containsEntry("echoed", "through the gateway");
      assertThat(client.newTopologyRequest().send().join().getBrokers()).hasSize(1);
    }
  }

  @Test
  void shouldRefuseTheClientWithoutACredential() {
    try (CamundaClient client = CamundaClient.newClientBuilder()
        .grpcAddress(URI.create(server.grpcAddress()))
        .restAddress(URI.create(server.restAddress()))
        .preferRestOverGrpc(false)
        .build()) {
      // when
      ClientStatusException refused = statusOf(() -> client.newTopologyRequest().send().join());

      // then
      assertThat(refused.getStatusCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(refused.getStatus().getDescription())
          .contains("[authorization]", "found nothing", "camunda.client.auth.method=basic");
    }
  }

  @Test
  void shouldRefuseTheClientWithAWrongCredential() {
    try (CamundaClient client = WRONG.clientBuilder(server, TestEngineServer.Transport.GRPC).build()) {
      // when
      ClientStatusException refused = statusOf(() -> client.newTopologyRequest().send().join());

      // then
      assertThat(refused.getStatusCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(refused.getStatus().getDescription()).contains("is not the engine's");
    }
  }

  @Test
  void shouldRefuseEveryOtherAuthorizationValue() {
    ManagedChannel channel = RawGateway.channel(server.grpcPort());
    try {
      for (String authorization : List.of(
          "Bearer " + CREDENTIAL.password(), "Basic not-base64!", WRONG.header())) {
        // when
        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
            () -> RawGateway.stub(channel, authorization).topology(TopologyRequest.getDefaultInstance()));

        // then
        assertThat(refused).as(authorization).isNotNull();
        assertThat(refused.getStatus().getCode()).as(authorization).isEqualTo(Status.Code.UNAUTHENTICATED);
      }
      StatusRuntimeException without = catchThrowableOfType(StatusRuntimeException.class,
          () -> GatewayGrpc.newBlockingStub(channel).topology(TopologyRequest.getDefaultInstance()));
      assertThat(without.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    } finally {
      channel.shutdownNow();
    }
  }

  @Test
  void shouldRefuseACallAddressedToAForeignHostEvenWithTheCredential() {
    ManagedChannel foreign = RawGateway.channel(server.grpcPort(), "attacker.example:" + server.grpcPort());
    try {
      // when
      StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
          () -> RawGateway.stub(foreign, CREDENTIAL.header()).topology(TopologyRequest.getDefaultInstance()));

      // then
      assertThat(refused).isNotNull();
      assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
      assertThat(refused.getStatus().getDescription())
          .contains("attacker.example", "amends.engine.allowed-hosts");
    } finally {
      foreign.shutdownNow();
    }
  }

  @Test
  void shouldAnswerACallAddressedToAnAllowedHostName() {
    ManagedChannel allowed = RawGateway.channel(server.grpcPort(), EXTRA_HOST + ":" + server.grpcPort());
    try {
      // when
      int clusterSize = RawGateway.stub(allowed, CREDENTIAL.header())
          .topology(TopologyRequest.getDefaultInstance()).getClusterSize();

      // then
      assertThat(clusterSize).isEqualTo(1);
    } finally {
      allowed.shutdownNow();
    }
  }

  private static ClientStatusException statusOf(Runnable call) {
    Throwable failure = catchThrowable(call::run);
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ClientStatusException status) {
        return status;
      }
    }
    throw new AssertionError("expected the call to be refused with a gRPC status", failure);
  }
}
