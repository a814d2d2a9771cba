package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.amends.engine.server.TestEngineServer;
import org.junit.jupiter.api.Test;

/**
 * A JSON answer that fits Tomcat's buffer is sent whole, with its Content-Length, not as chunks
 * flushed one after another: a worker's job activation reaches it in one piece.
 */
class ResponseFramingTest extends ApiTestSupport {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.header("Authorization", TestEngineServer.credential().header()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldSendAJobActivationWholeWithItsLength() throws Exception {
    // when
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.restAddress() + "/v2/jobs/activation"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"type\":\"" + uniqueId("framing") + "\",\"timeout\":1000,\"maxJobsToActivate\":5,\"requestTimeout\":-1}")));

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"jobs\":[]}");
    assertWhole(response);
  }

  @Test
  void shouldSendTheTopologyWholeWithItsLength() throws Exception {
    // when
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server.restAddress() + "/v2/topology")).GET());

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertWhole(response);
  }

  private static void assertWhole(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
    assertThat(response.headers().firstValueAsLong("Content-Length"))
        .hasValue(response.body().getBytes(StandardCharsets.UTF_8).length);
  }
}
