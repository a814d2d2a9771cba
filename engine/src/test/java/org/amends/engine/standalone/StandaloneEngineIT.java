package org.amends.engine.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.amends.engine.server.TestCredential;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged engine as a user starts it, {@code java -jar engine/target/amends-engine.jar}:
 * the Camunda client drives it over gRPC with the engine's credential, no port answers without it,
 * a second start on the same data
 * directory keeps what the first one deployed, and without a credential it does not start. Runs
 * after packaging (failsafe).
 */
class StandaloneEngineIT {

  @TempDir Path dataDirectory;
  private Process engine;
  private final int restPort = freePort();
  private final int managementPort = freePort();
  private final int grpcPort = freePort();
  private final TestCredential credential = TestCredential.random();

  @AfterEach
  void stop() throws InterruptedException {
    if (engine != null) {
      engine.destroy();
      engine.waitFor();
    }
  }

  @Test
  void shouldServeTheClientAndKeepDataAcrossRestarts() throws Exception {
    // given
    start();
    try (CamundaClient client = client()) {
      client.newDeployResourceCommand()
          .addResourceStringUtf8(Bpmn.convertToString(Bpmn.createExecutableProcess("standalone")
              .startEvent()
              .serviceTask("ServiceTask_Echo", t -> t.zeebeJobType("echo"))
              .endEvent()
              .done()), "standalone.bpmn")
          .send().join();
    }
    stop();

    // when
    start();

    // then
    try (CamundaClient client = client();
        JobWorker worker = client.newWorker().jobType("echo")
            .handler((jobClient, job) -> jobClient.newCompleteCommand(job.getKey())
                .variables(Map.of("echoed", job.getVariablesAsMap().get("text"))).send().join())
            .open()) {
      ProcessInstanceResult result = client.newCreateInstanceCommand()
          .bpmnProcessId("standalone").latestVersion()
          .variables(Map.of("text", "still here"))
          .withResult().requestTimeout(Duration.ofSeconds(20))
          .send().join();
      assertThat(result.getVariablesAsMap()).containsEntry("echoed", "still here");
    }
    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.body()).contains("UP");
  }

  @Test
  void shouldRefuseToStartWithoutACredential() throws Exception {
    // given
    ProcessBuilder builder = engineProcess();
    builder.environment().remove("AMENDS_ENGINE_AUTH_USERNAME");
    builder.environment().remove("AMENDS_ENGINE_AUTH_PASSWORD");
    builder.redirectOutput(ProcessBuilder.Redirect.PIPE);

    // when
    Process refused = builder.start();
    String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    // then
    assertThat(refused.waitFor()).isEqualTo(1);
    assertThat(output.lines().filter(line -> !line.startsWith("Picked up"))).containsExactly("Amends cannot start: the engine has no credential: set"
        + " AMENDS_ENGINE_AUTH_USERNAME and AMENDS_ENGINE_AUTH_PASSWORD"
        + " (clients send them with camunda.client.auth.method=basic)");
  }

  @Test
  void shouldAnswerOnlyWithTheCredential() throws Exception {
    // given
    start();
    HttpClient http = HttpClient.newHttpClient();

    // when
    HttpResponse<String> without = http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + restPort + "/v2/topology")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> purge = http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/cluster/purge"))
            .header("Authorization", credential.header()).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());

    Throwable grpcWithout;
    try (CamundaClient anonymous = CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://127.0.0.1:" + grpcPort))
        .restAddress(URI.create("http://127.0.0.1:" + restPort))
        .preferRestOverGrpc(false)
        .build()) {
      grpcWithout = catchThrowable(() -> anonymous.newTopologyRequest().send().join());
    }

    // then
    assertThat(without.statusCode()).isEqualTo(401);
    assertThat(purge.statusCode()).isEqualTo(403);
    assertThat(grpcWithout).hasRootCauseInstanceOf(StatusRuntimeException.class);
    assertThat(((StatusRuntimeException) rootCause(grpcWithout)).getStatus().getCode())
        .isEqualTo(Status.Code.UNAUTHENTICATED);
    try (CamundaClient client = client()) {
      assertThat(client.newTopologyRequest().send().join().getBrokers()).hasSize(1);
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private CamundaClient client() {
    return CamundaClient.newClientBuilder()
        .restAddress(URI.create("http://127.0.0.1:" + restPort))
        .grpcAddress(URI.create("http://127.0.0.1:" + grpcPort))
        .preferRestOverGrpc(false)
        .credentialsProvider(credential.provider())
        .build();
  }

  private ProcessBuilder engineProcess() {
    File jar = Path.of("target", "amends-engine.jar").toFile();
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.getAbsolutePath());
    builder.environment().put("AMENDS_ENGINE_REST_PORT", Integer.toString(restPort));
    builder.environment().put("AMENDS_ENGINE_MANAGEMENT_PORT", Integer.toString(managementPort));
    builder.environment().put("AMENDS_ENGINE_GRPC_PORT", Integer.toString(grpcPort));
    builder.environment().put("AMENDS_ENGINE_DATA_DIR", dataDirectory.toString());
    builder.environment().put("AMENDS_ENGINE_AUTH_USERNAME", credential.username());
    builder.environment().put("AMENDS_ENGINE_AUTH_PASSWORD", credential.password());
    builder.environment().remove("SPRING_DATASOURCE_URL");
    builder.redirectErrorStream(true);
    return builder;
  }

  private void start() throws IOException, InterruptedException {
    ProcessBuilder builder = engineProcess();
    builder.redirectOutput(Path.of("target", "standalone-engine.log").toFile());
    engine = builder.start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    HttpClient http = HttpClient.newHttpClient();
    while (Instant.now().isBefore(deadline)) {
      if (!engine.isAlive()) {
        throw new IllegalStateException("the engine exited with " + engine.exitValue() + "; see target/standalone-engine.log");
      }
      try {
        HttpResponse<String> topology = http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + restPort + "/v2/topology"))
                .header("Authorization", credential.header()).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (topology.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the engine did not answer GET /v2/topology within 90 s");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
