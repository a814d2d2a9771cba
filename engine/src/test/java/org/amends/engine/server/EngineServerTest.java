package org.amends.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EngineServerTest {

  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static LocalPostgres postgres;
  private static EngineServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    postgres = LocalPostgres.startTemporary();
    server = EngineServer.start(EngineServerSettings.forTests(CREDENTIAL.credential()), postgres.dataSource(), false);
  }

  @AfterAll
  static void stop() {
    server.close();
    postgres.close();
  }

  @ParameterizedTest
  @EnumSource(TestEngineServer.Transport.class)
  void shouldReportOneHealthyPartitionToTheCamundaClient(TestEngineServer.Transport transport) {
    try (CamundaClient client = CREDENTIAL.clientBuilder(server, transport).build()) {
      // when
      Topology topology = client.newTopologyRequest().send().join();

      // then
      assertThat(topology.getClusterSize()).isEqualTo(1);
      assertThat(topology.getPartitionsCount()).isEqualTo(1);
      assertThat(topology.getGatewayVersion()).isEqualTo("8.8.14");
      assertThat(topology.getBrokers()).singleElement()
          .satisfies(broker -> assertThat(broker.getPartitions()).singleElement()
              .satisfies(partition -> {
                assertThat(partition.isLeader()).isTrue();
                assertThat(partition.getPartitionId()).isEqualTo(1);
              }));
    }
  }

  @Test
  void shouldServeManagementOnlyOnTheManagementPort() throws Exception {
    assertThat(get(server.managementAddress() + "/actuator/health/readiness").statusCode())
        .isEqualTo(200);
    assertThat(get(server.managementAddress() + "/actuator/health").body()).contains("\"UP\"");
    HttpResponse<String> wrongPort = get(server.managementAddress() + "/v2/topology");
    assertThat(wrongPort.statusCode()).isEqualTo(404);
    assertThat(wrongPort.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(wrongPort.body()).contains("\"status\":404").contains("REST port");
    assertThat(get(server.restAddress() + "/actuator/health").statusCode()).isEqualTo(404);
  }

  @Test
  void shouldAnswerStatusWithNoContentWhenHealthy() throws Exception {
    assertThat(get(server.restAddress() + "/v2/status").statusCode()).isEqualTo(204);
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", CREDENTIAL.header()).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
