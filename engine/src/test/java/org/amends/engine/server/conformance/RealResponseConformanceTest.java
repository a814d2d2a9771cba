package org.amends.engine.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.TestEngineServer;
import org.junit.jupiter.api.Test;

/**
 * The check against real engine responses: the recorder sees what the server sends, a real
 * response conforms, and the same response with a property taken out does not.
 */
class RealResponseConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GET_INSTANCE = "/v2/process-instances/{processInstanceKey}";
  private static final String SEARCH_INSTANCES = "/v2/process-instances/search";

  @Test
  void shouldFindAPropertyRemovedFromARealResponse() throws Exception {
    EngineServer server = TestEngineServer.get();
    long key = startInstance();
    ResponseConformance.drain();

    HttpResponse<byte[]> response = send(server, HttpRequest.newBuilder(
        URI.create(server.restAddress() + "/v2/process-instances/" + key)).GET());
    ObjectNode body = (ObjectNode) JSON.readTree(response.body());

    assertThat(body.path("processDefinitionName").asText()).isEqualTo("Conformance journey");
    assertThat(ResponseConformance.operations()).contains("GET " + GET_INSTANCE);
    assertThat(ResponseConformance.drain()).isEmpty();
    body.remove("processDefinitionName");
    assertThat(ResponseConformance.violations(recorded("GET", GET_INSTANCE, body))).containsExactly(
        "GET " + GET_INSTANCE + " (200): $.processDefinitionName is missing (ProcessInstanceResult declares it)");
  }

  @Test
  void shouldFindAPropertyRemovedFromAnItemOfARealSearchResult() throws Exception {
    EngineServer server = TestEngineServer.get();
    long key = startInstance();
    ResponseConformance.drain();

    HttpResponse<byte[]> response = send(server, HttpRequest.newBuilder(URI.create(server.restAddress() + SEARCH_INSTANCES))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"filter\":{\"processInstanceKey\":\"" + key + "\"}}")));
    ObjectNode body = (ObjectNode) JSON.readTree(response.body());

    assertThat(body.path("items").get(0).path("processDefinitionName").asText()).isEqualTo("Conformance journey");
    assertThat(ResponseConformance.drain()).isEmpty();
    ((ObjectNode) ((ArrayNode) body.get("items")).get(0)).remove("processDefinitionName");
    assertThat(ResponseConformance.violations(recorded("POST", SEARCH_INSTANCES, body))).containsExactly(
        "POST " + SEARCH_INSTANCES + " (200): $.items[0].processDefinitionName is missing (ProcessInstanceResult declares it)");
  }

  private static long startInstance() {
    String processId = "conformance_" + System.nanoTime();
    try (CamundaClient client = TestEngineServer.newClient()) {
      client.newDeployResourceCommand()
          .addProcessModel(Bpmn.createExecutableProcess(processId).name("Conformance journey")
              .startEvent().userTask("Task_Review", t -> t.zeebeUserTask()).endEvent().done(), processId + ".bpmn")
          .send().join();
      return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
          .getProcessInstanceKey();
    }
  }

  private static HttpResponse<byte[]> send(EngineServer server, HttpRequest.Builder request) throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
        request.header("Authorization", TestEngineServer.credential().header()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response;
  }

  private static RecordedResponse recorded(String method, String route, ObjectNode body) throws Exception {
    return new RecordedResponse(method, route, 200, "application/json", JSON.writeValueAsBytes(body));
  }
}
