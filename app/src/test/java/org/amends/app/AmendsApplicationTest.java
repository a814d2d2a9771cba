package org.amends.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AmendsApplicationTest extends EmbeddedEngineTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired CamundaClient camunda;
  @Autowired org.amends.engine.server.EngineServer engine;

  @Test
  void shouldReportHealthUp() {
    assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
  }

  @Test
  void shouldReachTheEmbeddedEngineThroughTheCamundaClient() {
    Topology topology = camunda.newTopologyRequest().send().join();

    assertThat(topology.getBrokers()).hasSize(1);
    assertThat(topology.getGatewayVersion()).isEqualTo("8.8.14");
  }

  @Test
  void shouldRefuseCallsToTheEmbeddedEngineWithoutItsCredential() throws Exception {
    java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(engine.restAddress() + "/v2/process-instances/search"))
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
  }
}
