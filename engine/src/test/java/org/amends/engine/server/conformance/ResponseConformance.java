package org.amends.engine.server.conformance;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks each recorded response against its operation's 8.8 schema as it comes, and keeps the
 * violations for the test that caused them ({@link ConformanceExtension}) and the run's summary
 * ({@link ConformanceSummary}). Static, as the recorder lives in the server's Spring context and
 * the tests outside it.
 */
final class ResponseConformance {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaChecker CHECKER = new SchemaChecker(SchemaAllowances.standard());
  private static final AtomicLong CHECKED = new AtomicLong();
  private static final Set<String> OPERATIONS = ConcurrentHashMap.newKeySet();
  private static final Queue<String> PENDING = new ConcurrentLinkedQueue<>();
  private static final Queue<String> ALL = new ConcurrentLinkedQueue<>();

  private ResponseConformance() {}

  static void record(RecordedResponse response) {
    List<String> violations = violations(response);
    CHECKED.incrementAndGet();
    if (!response.route().endsWith("(no route)")) {
      OPERATIONS.add(response.operation());
    }
    violations.forEach(violation -> {
      PENDING.add(violation);
      ALL.add(violation);
    });
  }

  /** What is wrong with the response, each starting with its operation and status. */
  static List<String> violations(RecordedResponse response) {
    String where = response.operation() + " (" + response.status() + "): ";
    Optional<JavaType> success = ResponseSchemas.success(response.operation());
    if (response.status() < 400 && success.isEmpty()) {
      return List.of(where + "the operation is not in ResponseSchemas, so its responses cannot be checked");
    }
    JavaType schema = response.status() >= 400 ? ResponseSchemas.PROBLEM : success.get();
    if (schema == ResponseSchemas.NO_JSON) {
      return response.isJson() && response.body().length > 0
          ? List.of(where + "has a JSON body, but the operation's success has none")
          : List.of();
    }
    if (!response.isJson()) {
      return List.of(where + "is " + response.contentType() + ", not JSON (" + schema.getRawClass().getSimpleName() + ")");
    }
    try {
      JsonNode body = JSON.readTree(response.body());
      List<String> violations = new ArrayList<>();
      CHECKER.check(body, schema).forEach(violation -> violations.add(where + violation));
      return violations;
    } catch (IOException e) {
      return List.of(where + "the body is not JSON: " + e.getMessage());
    }
  }

  /** The violations found since the last call. */
  static List<String> drain() {
    List<String> drained = new ArrayList<>();
    for (String violation = PENDING.poll(); violation != null; violation = PENDING.poll()) {
      drained.add(violation);
    }
    return drained;
  }

  static long checked() {
    return CHECKED.get();
  }

  static Set<String> operations() {
    return Set.copyOf(OPERATIONS);
  }

  static List<String> all() {
    return List.copyOf(ALL);
  }
}
