package org.amends.engine.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.grpc.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.TestEngineServer;

/**
 * Thousands of malformed and hostile inputs, generated: BPMN, DMN and forms spoiled from the
 * bundled ones (truncated, junk inserted, attributes and FEEL broken, duplicate ids, tags removed,
 * external entities, entity expansion bombs) deployed through the Camunda client at its defaults,
 * and arbitrary JSON to the REST API. Every answer is a refusal that says what is wrong (gRPC
 * INVALID_ARGUMENT, HTTP 4xx problem details) or a success, never an internal error, nothing
 * leaks from the file system, and afterwards the engine still deploys and runs a process.
 */
class HostileInputFuzzTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final AtomicInteger REFUSED = new AtomicInteger();
  private static final AtomicInteger ACCEPTED = new AtomicInteger();
  private static EngineServer server;
  private static CamundaClient client;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeContainer
  static void connect() {
    server = TestEngineServer.get();
    client = TestEngineServer.newClient();
  }

  @AfterContainer
  static void stillServing() {
    try {
      String id = "fuzz_survivor";
      client.newDeployResourceCommand().addResourceStringUtf8("""
          <?xml version="1.0" encoding="UTF-8"?>
          <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
            <bpmn:process id="fuzz_survivor" isExecutable="true">
              <bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/><bpmn:endEvent id="e"/>
            </bpmn:process>
          </bpmn:definitions>""", id + ".bpmn").send().join();
      var result = client.newCreateInstanceCommand().bpmnProcessId(id).latestVersion().withResult().send().join();
      assertThat(result.getProcessInstanceKey()).isPositive();
      System.out.printf("Hostile inputs: %d refused, %d accepted; the engine still deploys and runs%n",
          REFUSED.get(), ACCEPTED.get());
    } finally {
      client.close();
    }
  }

  @Property(tries = 500)
  void shouldRefuseASpoiledBpmnSayingWhatIsWrong(@ForAll("spoiledBpmn") String bpmn) {
    deploy(bpmn, "fuzz.bpmn");
  }

  @Property(tries = 200)
  void shouldRefuseASpoiledDmnSayingWhatIsWrong(@ForAll("spoiledDmn") String dmn) {
    deploy(dmn, "fuzz.dmn");
  }

  @Property(tries = 200)
  void shouldRefuseASpoiledFormSayingWhatIsWrong(@ForAll("spoiledForm") String form) {
    deploy(form, "fuzz.form");
  }

  @Property(tries = 1100)
  void shouldAnswerArbitraryJsonWithAClientErrorNeverAServerError(
      @ForAll("paths") String path, @ForAll("bodies") String body) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.restAddress() + path))
        .header("Authorization", TestEngineServer.credential().header())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, application/problem+json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("%s %s", path, body).isLessThan(500);
    if (response.statusCode() >= 400) {
      REFUSED.incrementAndGet();
      assertThat(response.body()).contains("\"detail\"").doesNotContain("\tat ").doesNotContain("Exception:");
    } else {
      ACCEPTED.incrementAndGet();
    }
  }

  /** Found by the property above: an empty terminate instruction was a null key, then a 500. */
  @Example
  void shouldRefuseATerminateInstructionWithoutItsElementInstanceKey() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create(server.restAddress() + "/v2/process-instances/1/modification"))
        .header("Authorization", TestEngineServer.credential().header())
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString("{\"terminateInstructions\":[{}]}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("No elementInstanceKey provided.");
  }

  private static void deploy(String resource, String name) {
    try {
      client.newDeployResourceCommand()
          .addResourceBytes(resource.getBytes(StandardCharsets.UTF_8), name)
          .send().join();
      ACCEPTED.incrementAndGet();
    } catch (ClientStatusException e) {
      REFUSED.incrementAndGet();
      assertThat(e.getStatusCode()).as(e.getMessage()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertNothingLeaks(e.getMessage());
    } catch (ProblemException e) {
      REFUSED.incrementAndGet();
      assertThat(e.code()).as(e.getMessage()).isEqualTo(400);
      assertNothingLeaks(e.getMessage());
    }
  }

  private static void assertNothingLeaks(String message) {
    assertThat(message).isNotBlank().doesNotContain("root:x:0:0").doesNotContain("\tat ");
  }

  @Provide
  Arbitrary<String> spoiledBpmn() {
    return spoiled(files(ROOT.resolve("bpmn"), ".bpmn"));
  }

  @Provide
  Arbitrary<String> spoiledDmn() {
    return spoiled(files(ROOT.resolve("bpmn"), ".dmn"));
  }

  @Provide
  Arbitrary<String> spoiledForm() {
    return spoiled(files(ROOT.resolve("forms"), ".form"));
  }

  private static Arbitrary<String> spoiled(List<String> seeds) {
    return Combinators.combine(
            Arbitraries.of(seeds),
            Arbitraries.of(Mutation.class),
            Arbitraries.doubles().between(0, 1),
            junk())
        .as((seed, mutation, where, junk) -> mutation.apply(seed, where, junk));
  }

  private static Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMinLength(0).ofMaxLength(40),
        Arbitraries.strings().withChars("<>&\"'=/ \n${}[]()\\").ofMinLength(1).ofMaxLength(20),
        Arbitraries.of("=", "= x +", "=unknownFunction(", "]]>", "<![CDATA[", "\u0000", "\uFFFF",
            "=for x in 1..1000000000 return x", "=\"" + "a".repeat(5000)));
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of(
        "/v2/process-instances", "/v2/process-instances/search", "/v2/process-instances/1/cancellation",
        "/v2/process-instances/1/modification", "/v2/process-instances/1/migration",
        "/v2/messages/publication", "/v2/messages/correlation", "/v2/signals/broadcast",
        "/v2/user-tasks/search", "/v2/user-tasks/1/completion", "/v2/user-tasks/1/assignment",
        "/v2/incidents/search", "/v2/incidents/1/resolution", "/v2/element-instances/search",
        "/v2/variables/search", "/v2/jobs/search", "/v2/jobs/1/completion", "/v2/jobs/1/failure",
        "/v2/jobs/1/error", "/v2/decision-definitions/evaluation", "/v2/decision-definitions/search",
        "/v2/process-definitions/search", "/v2/message-subscriptions/search",
        "/v2/decision-instances/search");
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.oneOf(
        json(3).map(Object::toString),
        junk(),
        Arbitraries.of("", "null", "[]", "{}", "\"text\"", "{\"filter\":", "{\"page\":{\"limit\":-1}}",
            "{\"page\":{\"limit\":100000000}}", "{\"processDefinitionKey\":\"not a number\"}",
            "{\"variables\":{\"" + "k".repeat(10_000) + "\":1}}"));
  }

  private static final List<String> FIELDS = List.of("processDefinitionId", "processDefinitionKey",
      "variables", "filter", "page", "sort", "limit", "from", "after", "name", "correlationKey",
      "timeToLive", "messageId", "signalName", "retries", "errorCode", "errorMessage", "assignee",
      "state", "elementId", "decisionDefinitionId", "startInstructions", "activateInstructions",
      "terminateInstructions", "mappingInstructions", "targetProcessDefinitionKey", "field", "order",
      "$eq", "$in", "$like", "$exists", "result", "tenantId", "awaitCompletion", "requestTimeout");

  private static Arbitrary<Object> json(int depth) {
    Arbitrary<Object> leaf = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20).map(s -> quote(s)),
        Arbitraries.longs().map(Object::toString),
        Arbitraries.of("true", "false", "null", "1e308", "-0", "9223372036854775808", "0.5"));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Object> object = Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(8)),
            Arbitraries.lazy(() -> json(depth - 1)))
        .ofMaxSize(5)
        .map(HostileInputFuzzTest::object);
    Arbitrary<Object> array = Arbitraries.lazy(() -> json(depth - 1)).list().ofMaxSize(4)
        .map(items -> "[" + String.join(",", items.stream().map(Object::toString).toList()) + "]");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(5, object), net.jqwik.api.Tuple.of(1, array));
  }

  private static Object object(Map<String, Object> fields) {
    List<String> parts = new ArrayList<>();
    fields.forEach((key, value) -> parts.add(quote(key) + ":" + value));
    return "{" + String.join(",", parts) + "}";
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static List<String> files(Path directory, String suffix) {
    try (Stream<Path> paths = Files.list(directory)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
