package org.amends.engine.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.Topology;
import io.camunda.zeebe.model.bpmn.Bpmn;
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
 * An engine as it runs in production (every test switch off): both HTTP ports ask for its credential,
 * which the unmodified Camunda client sends when configured for basic authentication, and no
 * request addressed to another host name is answered.
 */
class EngineAccessTest {

  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static final TestCredential WRONG = new TestCredential(CREDENTIAL.username(), CREDENTIAL.password() + "x");
  private static LocalPostgres postgres;
  private static EngineServer server;

  @BeforeAll
  static void start() {
    postgres = LocalPostgres.startTemporary();
    server = EngineServer.start(
        EngineServerSettings.defaults(CREDENTIAL.credential()).withPorts(0, 0, 0)
            .withAllowedHosts(java.util.List.of("engine.internal.example")),
        postgres.dataSource(), false);
  }

  @AfterAll
  static void stop() {
    server.close();
    postgres.close();
  }

  @Test
  void shouldServeTheClientWithTheRightCredential() {
    try (CamundaClient client = CREDENTIAL.clientBuilder(server, TestEngineServer.Transport.REST).build()) {
      // when
      Topology topology = client.newTopologyRequest().send().join();
      client.newDeployResourceCommand().addProcessModel(
          Bpmn.createExecutableProcess("Process_Access").startEvent().endEvent().done(), "access.bpmn")
          .send().join();
      long instance = client.newCreateInstanceCommand().bpmnProcessId("Process_Access").latestVersion()
          .send().join().getProcessInstanceKey();

      // then
      assertThat(topology.getBrokers()).hasSize(1);
      assertThat(client.newProcessInstanceGetRequest(instance).send().join().getProcessDefinitionId())
          .isEqualTo("Process_Access");
    }
  }

  @Test
  void shouldRefuseTheClientWithAWrongCredential() {
    try (CamundaClient client = WRONG.clientBuilder(server, TestEngineServer.Transport.REST).build()) {
      // when
      ProblemException problem = problemOf(() -> client.newTopologyRequest().send().join());

      // then
      assertThat(problem.code()).isEqualTo(401);
      assertThat(problem.details().getTitle()).isEqualTo("UNAUTHORIZED");
    }
  }

  @Test
  void shouldRefuseTheClientWithoutACredential() {
    try (CamundaClient client = CamundaClient.newClientBuilder()
        .restAddress(java.net.URI.create(server.restAddress())).preferRestOverGrpc(true).build()) {
      // when
      ProblemException problem = problemOf(() -> client.newProcessInstanceSearchRequest().send().join());

      // then
      assertThat(problem.code()).isEqualTo(401);
      assertThat(problem.details().getDetail()).contains("no credential");
    }
  }

  @Test
  void shouldAnswer401AsProblemDetailsOnBothPorts() throws Exception {
    for (String address : new String[] {server.restAddress(), server.managementAddress()}) {
      String path = address.equals(server.restAddress()) ? "/v2/topology" : "/actuator/clock";
      for (Map<String, String> headers : java.util.List.of(
          Map.<String, String>of(),
          Map.of("Authorization", WRONG.header()),
          Map.of("Authorization", "Bearer " + CREDENTIAL.password()),
          Map.of("Authorization", "Basic not-base64!"))) {
        // when
        RawHttp.Response response = RawHttp.send(address, "GET", path, headers, null);

        // then
        assertThat(response.status()).as("%s%s with %s", address, path, headers).isEqualTo(401);
        assertThat(response.head()).containsIgnoringCase("Content-Type: application/problem+json")
            .containsIgnoringCase("WWW-Authenticate: Basic realm=\"amends-engine\"");
        assertThat(response.body()).contains("\"status\":401", "\"title\":\"UNAUTHORIZED\"", "\"instance\":\"" + path + "\"");
      }
    }
  }

  @Test
  void shouldRefuseManagementCommandsWithoutTheCredential() throws Exception {
    // when
    RawHttp.Response purge = RawHttp.send(server.managementAddress(), "POST", "/actuator/cluster/purge",
        Map.of("Content-Type", "application/json"), "{}");
    RawHttp.Response clock = RawHttp.send(server.managementAddress(), "POST", "/actuator/clock/add",
        Map.of("Content-Type", "application/json", "Authorization", WRONG.header()), "{\"offsetMilli\":1000}");

    // then
    assertThat(purge.status()).isEqualTo(401);
    assertThat(clock.status()).isEqualTo(401);
  }

  @Test
  void shouldLeaveHealthAndStatusOpenForProbes() throws Exception {
    assertThat(RawHttp.send(server.managementAddress(), "GET", "/actuator/health/readiness", Map.of(), null).status())
        .isEqualTo(200);
    assertThat(RawHttp.send(server.managementAddress(), "GET", "/actuator/health", Map.of(), null).body())
        .contains("\"status\":\"UP\"");
    assertThat(RawHttp.send(server.restAddress(), "GET", "/v2/status", Map.of(), null).status()).isEqualTo(204);
  }

  @Test
  void shouldRefuseAnotherHostNameEvenWithTheCredential() throws Exception {
    // given: a page whose name was rebound to 127.0.0.1 sends its own name as the Host
    Map<String, String> rebound = Map.of("Host", "attacker.example:" + server.restPort(),
        "Authorization", CREDENTIAL.header());

    // when
    RawHttp.Response topology = RawHttp.send(server.restAddress(), "GET", "/v2/topology", rebound, null);
    RawHttp.Response health = RawHttp.send(server.managementAddress(), "GET", "/actuator/health",
        Map.of("Host", "attacker.example"), null);
    RawHttp.Response noHost = RawHttp.send(server.restAddress(), "GET", "/v2/topology", Map.of("Host", ""), null);

    // then
    assertThat(topology.status()).isEqualTo(403);
    assertThat(topology.body()).contains("amends.engine.allowed-hosts");
    assertThat(health.status()).isEqualTo(403);
    assertThat(noHost.status()).isIn(400, 403);
  }

  @Test
  void shouldAnswerTheLoopbackNamesAndTheConfiguredOnes() throws Exception {
    for (String host : new String[] {"localhost", "LOCALHOST", "127.0.0.1", "[::1]", "engine.internal.example"}) {
      RawHttp.Response response = RawHttp.send(server.restAddress(), "GET", "/v2/topology",
          Map.of("Host", host + ":" + server.restPort(), "Authorization", CREDENTIAL.header()), null);
      assertThat(response.status()).as(host).isEqualTo(200);
    }
  }

  private static ProblemException problemOf(Runnable call) {
    Throwable failure = catchThrowableOfType(RuntimeException.class, call::run);
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException problem) {
        return problem;
      }
    }
    throw new AssertionError("the call should fail with a problem, but it failed with " + failure);
  }
}
