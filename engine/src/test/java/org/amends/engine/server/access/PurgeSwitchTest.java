package org.amends.engine.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.server.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Purge wipes every case's process state, so an engine started with its defaults refuses it. */
class PurgeSwitchTest {

  private static LocalPostgres postgres;
  private static EngineServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    postgres = LocalPostgres.startTemporary();
    server = EngineServer.start(new EngineServerSettings("127.0.0.1", 0, 0, false), postgres.dataSource(), false);
  }

  @AfterAll
  static void stop() {
    server.close();
    postgres.close();
  }

  @Test
  void shouldRefusePurgeFromAFormPostWhenPurgeIsNotSwitchedOn() throws Exception {
    // when: what a web page on the same machine can send without asking the browser first
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(URI.create(server.managementAddress() + "/actuator/cluster/purge"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("a=b")).build(),
        HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(server.engine().lastCompletedChangeId()).isEqualTo(-1);
  }
}
