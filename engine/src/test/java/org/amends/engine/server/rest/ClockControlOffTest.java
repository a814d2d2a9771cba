package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.server.LocalPostgres;
import org.amends.engine.server.TestCredential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Without clock control (the default), nobody can move the engine's time. */
class ClockControlOffTest {

  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static LocalPostgres postgres;
  private static EngineServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    postgres = LocalPostgres.startTemporary();
    server = EngineServer.start(EngineServerSettings.defaults(CREDENTIAL.credential()).withPorts(0, 0, 0), postgres.dataSource(), false);
  }

  @AfterAll
  static void stop() {
    server.close();
    postgres.close();
  }

  @Test
  void shouldRefuseToMoveClockAndSayHowToAllowIt() throws Exception {
    // when
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(server.managementAddress() + "/actuator/clock/add"))
            .header("Content-Type", "application/json")
            .header("Authorization", CREDENTIAL.header())
            .POST(HttpRequest.BodyPublishers.ofString("{\"offsetMilli\":1000}")).build(),
        HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("amends.engine.clock-control=true");
  }

  @Test
  void shouldRefuseToPinClockThroughTheApi() throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(server.restAddress() + "/v2/clock"))
            .header("Content-Type", "application/json")
            .header("Authorization", CREDENTIAL.header())
            .PUT(HttpRequest.BodyPublishers.ofString("{\"timestamp\":1000}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }
}
