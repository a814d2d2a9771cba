package org.amends.engine.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.server.LocalPostgres;
import org.amends.engine.server.TestCredential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Purge wipes every case's process state, so an engine started with its defaults refuses it. */
class PurgeSwitchTest {

  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static LocalPostgres postgres;
  private static EngineServer server;

  @BeforeAll
  static void start() {
    postgres = LocalPostgres.startTemporary();
    server = EngineServer.start(
        EngineServerSettings.defaults(CREDENTIAL.credential()).withPorts(0, 0, 0), postgres.dataSource(), false);
  }

  @AfterAll
  static void stop() {
    server.close();
    postgres.close();
  }

  @Test
  void shouldRefusePurgeFromAFormPostWhenPurgeIsNotSwitchedOn() throws Exception {
    // when: what a web page on the same machine can send without asking the browser first
    RawHttp.Response response = RawHttp.send(server.managementAddress(), "POST", "/actuator/cluster/purge",
        Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", "http://attacker.example"), "a=b");

    // then
    assertThat(response.status()).isBetween(400, 499);
    assertThat(server.engine().lastCompletedChangeId()).isEqualTo(-1);
  }

  @Test
  void shouldRefusePurgeWithTheCredentialWhenPurgeIsNotSwitchedOn() throws Exception {
    // when
    RawHttp.Response response = RawHttp.send(server.managementAddress(), "POST", "/actuator/cluster/purge",
        Map.of("Content-Type", "application/json", "Authorization", CREDENTIAL.header()), "{}");

    // then
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.body()).contains("amends.engine.purge-enabled=true");
    assertThat(server.engine().lastCompletedChangeId()).isEqualTo(-1);
  }

  @Test
  void shouldRefusePurgeWithoutACredentialEvenFromThisMachine() throws Exception {
    // when: as Camunda Process Test sends it, but to an engine whose purge is off
    RawHttp.Response response = RawHttp.send(server.managementAddress(), "POST", "/actuator/cluster/purge", Map.of(), null);

    // then
    assertThat(response.status()).isEqualTo(401);
    assertThat(server.engine().lastCompletedChangeId()).isEqualTo(-1);
  }
}
