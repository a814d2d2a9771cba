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

/**
 * With purge and clock control switched on (an engine for process tests), a web page on the same
 * machine still cannot purge or move time: not with a form post, not with any other body than
 * JSON, never from a browser. Camunda Process Test's own calls (no credential, no body, from this
 * machine, no browser headers) are answered.
 */
class TestToolsTest {

  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static LocalPostgres postgres;
  private static EngineServer server;

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

  private static RawHttp.Response purge(Map<String, String> headers, String body) throws Exception {
    return RawHttp.send(server.managementAddress(), "POST", "/actuator/cluster/purge", headers, body);
  }

  @Test
  void shouldRefusePurgeWithAFormContentTypeEvenWithTheCredential() throws Exception {
    long before = server.engine().lastCompletedChangeId();
    for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"}) {
      // when
      RawHttp.Response response = purge(Map.of("Content-Type", type, "Authorization", CREDENTIAL.header()), "a=b");

      // then
      assertThat(response.status()).as(type).isEqualTo(415);
      assertThat(response.body()).contains("application/json");
    }
    assertThat(server.engine().lastCompletedChangeId()).isEqualTo(before);
  }

  @Test
  void shouldRefusePurgeFromABrowser() throws Exception {
    long before = server.engine().lastCompletedChangeId();

    // when
    RawHttp.Response withOrigin = purge(Map.of("Origin", "http://localhost:8080", "Authorization", CREDENTIAL.header()), null);
    RawHttp.Response withFetchMetadata = purge(Map.of("Sec-Fetch-Site", "cross-site"), null);

    // then
    assertThat(withOrigin.status()).isEqualTo(403);
    assertThat(withFetchMetadata.status()).isEqualTo(403);
    assertThat(server.engine().lastCompletedChangeId()).isEqualTo(before);
  }

  @Test
  void shouldRefusePurgeWithAWrongCredential() throws Exception {
    // when
    RawHttp.Response response = purge(Map.of("Authorization", CREDENTIAL.header().substring(0, 10)), null);

    // then
    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void shouldPurgeWithTheCredentialAndJson() throws Exception {
    long before = server.engine().lastCompletedChangeId();

    // when
    RawHttp.Response response = purge(Map.of("Content-Type", "application/json", "Authorization", CREDENTIAL.header()), "{}");

    // then
    assertThat(response.status()).isEqualTo(200);
    assertThat(server.engine().lastCompletedChangeId()).isEqualTo(before + 1);
  }

  @Test
  void shouldAnswerCamundaProcessTestsCallsWithoutACredential() throws Exception {
    long before = server.engine().lastCompletedChangeId();

    // when: what CPT 8.8.14's management client sends in remote mode
    RawHttp.Response purged = purge(Map.of(), null);
    RawHttp.Response topology = RawHttp.send(server.restAddress(), "GET", "/v2/topology", Map.of(), null);
    RawHttp.Response clock = RawHttp.send(server.managementAddress(), "POST", "/actuator/clock/add",
        Map.of("Content-Type", "application/json; charset=UTF-8"), "{\"offsetMilli\":0}");

    // then
    assertThat(purged.status()).isEqualTo(200);
    assertThat(server.engine().lastCompletedChangeId()).isEqualTo(before + 1);
    assertThat(topology.status()).isEqualTo(200);
    assertThat(clock.status()).isEqualTo(200);
    // everything else still asks for the credential
    assertThat(RawHttp.send(server.restAddress(), "POST", "/v2/process-instances/search",
        Map.of("Content-Type", "application/json"), "{}").status()).isEqualTo(401);
  }
}
