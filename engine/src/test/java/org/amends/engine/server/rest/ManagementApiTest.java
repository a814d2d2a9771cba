package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.amends.engine.server.TestEngineServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The management endpoints Camunda Process Test calls, on the management port. */
class ManagementApiTest extends ApiTestSupport {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() throws Exception {
    send("DELETE", "/actuator/clock", null);
  }

  private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.managementAddress() + path))
        .header("Authorization", TestEngineServer.credential().header());
    if (body != null) {
      request.header("Content-Type", "application/json; charset=UTF-8").method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private Instant clock() throws Exception {
    HttpResponse<String> response = send("GET", "/actuator/clock", null);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    Instant instant = Instant.parse(body.get("instant").asText());
    assertThat(body.get("epochMilli").asLong()).isEqualTo(instant.toEpochMilli());
    return instant;
  }

  @Test
  void shouldMoveClockByOffsetAndResetIt() throws Exception {
    // given
    Instant before = clock();

    // when
    HttpResponse<String> added = send("POST", "/actuator/clock/add", "{\"offsetMilli\":3600000}");

    // then
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(Duration.between(before, clock())).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));

    // when
    assertThat(send("DELETE", "/actuator/clock", null).statusCode()).isEqualTo(200);

    // then
    assertThat(Duration.between(Instant.now(), clock()).abs()).isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void shouldPinClock() throws Exception {
    // when
    send("POST", "/actuator/clock/pin", "{\"epochMilli\":1767225600000}");

    // then
    assertThat(clock()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    Thread.sleep(20);
    assertThat(clock()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void shouldPinAndResetClockThroughTheClient() throws Exception {
    // when
    client.newPinClockCommand().time(Instant.parse("2030-06-01T12:00:00Z")).send().join();

    // then
    assertThat(clock()).isEqualTo(Instant.parse("2030-06-01T12:00:00Z"));

    // when
    client.newResetClockCommand().send().join();

    // then
    assertThat(Duration.between(Instant.now(), clock()).abs()).isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void shouldFireTimerWhenClockMoves() throws Exception {
    // given
    String processId = uniqueId("Process_Timer");
    deploy(io.camunda.zeebe.model.bpmn.Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("Timer_Wait", t -> t.timerWithDuration("PT2H")).endEvent().done());
    long instance = start(processId).getProcessInstanceKey();

    // when
    send("POST", "/actuator/clock/add", "{\"offsetMilli\":7200001}");

    // then
    await(() -> client.newProcessInstanceGetRequest(instance).send().join().getState()
        == io.camunda.client.api.search.enums.ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldPurgeAndReportCompletedChange() throws Exception {
    // given
    String processId = uniqueId("Process_Purge");
    deploy(serviceTaskProcess(processId, "work"));
    start(processId);

    // when
    HttpResponse<String> purged = send("POST", "/actuator/cluster/purge", null);

    // then
    assertThat(purged.statusCode()).isEqualTo(200);
    long changeId = json.readTree(purged.body()).get("changeId").asLong();
    String lastCompleted = client.newTopologyRequest().send().join().getBrokers().isEmpty() ? null
        : json.readTree(http.send(HttpRequest.newBuilder(URI.create(server.restAddress() + "/v2/topology"))
            .header("Authorization", TestEngineServer.credential().header()).build(),
            HttpResponse.BodyHandlers.ofString()).body()).get("lastCompletedChangeId").asText();
    assertThat(Long.parseLong(lastCompleted)).isGreaterThanOrEqualTo(changeId);
    assertThat(client.newProcessDefinitionSearchRequest().filter(f -> f.processDefinitionId(processId))
        .send().join().items()).isEmpty();
    assertThat(client.newProcessInstanceSearchRequest().send().join().page().totalItems()).isZero();
  }

  @Test
  void shouldAnswerHealth() throws Exception {
    assertThat(send("GET", "/actuator/health/status", null).statusCode()).isEqualTo(200);
  }
}
