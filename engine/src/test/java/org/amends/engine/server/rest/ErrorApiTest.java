package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.amends.engine.server.TestEngineServer;
import org.junit.jupiter.api.Test;

/** Bad requests get Camunda-shaped problem details, never a 500 or a stack trace. */
class ErrorApiTest extends ApiTestSupport {

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.restAddress() + path))
        .header("Accept", "application/json, application/problem+json")
        .header("Authorization", TestEngineServer.credential().header());
    if (json != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String... detailContains) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":" + status).doesNotContain("Exception").doesNotContain("\tat ");
    for (String part : detailContains) {
      assertThat(response.body()).contains(part);
    }
  }

  @Test
  void shouldRejectMalformedJson() throws Exception {
    assertProblem(send("POST", "/v2/process-instances", "{\"processDefinitionId\": "), 400, "not valid JSON");
  }

  @Test
  void shouldNameFieldOfWrongType() throws Exception {
    assertProblem(send("POST", "/v2/process-instances", "{\"processDefinitionId\":\"p\",\"variables\":\"text\"}"),
        400, "variables");
    assertProblem(send("POST", "/v2/jobs/activation", "{\"type\":\"t\",\"timeout\":\"soon\",\"maxJobsToActivate\":1}"),
        400, "timeout");
  }

  @Test
  void shouldNameMissingRequiredField() throws Exception {
    assertProblem(send("POST", "/v2/jobs/activation", "{\"timeout\":1000,\"maxJobsToActivate\":1}"), 400, "No type provided");
    assertProblem(send("POST", "/v2/messages/publication", "{\"correlationKey\":\"c\"}"), 400, "No name provided");
    assertProblem(send("POST", "/v2/process-instances", "{\"variables\":{}}"), 400, "processDefinitionId");
  }

  @Test
  void shouldRejectNonNumericKey() throws Exception {
    assertProblem(send("GET", "/v2/process-instances/abc", null), 400, "abc");
    assertProblem(send("POST", "/v2/process-instances", "{\"processDefinitionKey\":\"abc\"}"), 400, "processDefinitionKey");
  }

  @Test
  void shouldAnswerUnknownEndpointWithNotFound() throws Exception {
    assertProblem(send("GET", "/v2/no-such-thing", null), 404, "no-such-thing");
  }

  @Test
  void shouldAnswerWrongMethodWithMethodNotAllowed() throws Exception {
    assertProblem(send("DELETE", "/v2/process-instances/search", null), 405);
  }

  @Test
  void shouldRejectBadSearchRequests() throws Exception {
    assertProblem(send("POST", "/v2/process-instances/search", "{\"filter\":{\"noSuchField\":\"x\"}}"), 400, "noSuchField");
    assertProblem(send("POST", "/v2/process-instances/search", "{\"filter\":{\"state\":\"SLEEPING\"}}"), 400, "state");
    assertProblem(send("POST", "/v2/process-instances/search", "{\"sort\":[{\"field\":\"colour\"}]}"), 400, "colour");
    assertProblem(send("POST", "/v2/process-instances/search", "{\"page\":{\"after\":\"not-a-cursor\"}}"), 400, "cursor");
    assertProblem(send("POST", "/v2/process-instances/search", "{\"filter\":{\"startDate\":{\"$gt\":\"yesterday\"}}}"),
        400, "startDate");
    assertProblem(send("POST", "/v2/process-instances/search", "{\"filter\":{\"processInstanceKey\":{\"$eq\":\"k1\"}}}"),
        400, "processInstanceKey");
    assertProblem(send("POST", "/v2/process-instances/search", "{\"filter\":{\"processDefinitionId\":{\"$between\":1}}}"),
        400, "$between");
  }

  @Test
  void shouldAcceptEmptyListsAsNoConstraint() throws Exception {
    HttpResponse<String> response = send("POST", "/v2/process-instances/search",
        "{\"sort\":[{\"field\":\"startDate\",\"order\":\"ASC\"}],\"filter\":{\"tags\":[],\"variables\":[],"
            + "\"processInstanceKey\":{\"$eq\":\"1\",\"$in\":[],\"$notIn\":[]},\"$or\":[]},\"page\":{\"limit\":100}}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"items\":[]").contains("\"totalItems\":0");
  }

  @Test
  void shouldServeXmlAsText() throws Exception {
    String processId = uniqueId("Process_XmlType");
    long key = deployAndGetKey(serviceTaskProcess(processId, "work"));
    HttpResponse<String> response = send("GET", "/v2/process-definitions/" + key + "/xml", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
  }
}
