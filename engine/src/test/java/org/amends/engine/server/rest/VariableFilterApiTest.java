package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.filter.builder.StringProperty;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A variable's value filter means the same in the three searches that have one (a user task's
 * process instance variables, a process instance's variables, the variable search), for each of
 * its operators over a value of each JSON type. Values are JSON text: a string is matched with
 * its quotes. A value longer than the index of names and values holds (engine migration V12) is
 * found as well as a short one.
 */
class VariableFilterApiTest extends ApiTestSupport {

  private static final String LONG = "\"" + "x".repeat(3_000) + "\"";

  /** The variable "v" of each instance, as JSON text, by the instance's name in these tests. */
  private static final Map<String, String> JSON = new LinkedHashMap<>();

  static {
    JSON.put("string", "\"north\"");
    JSON.put("number", "42");
    JSON.put("boolean", "true");
    JSON.put("null", "null");
    JSON.put("object", "{\"a\":1}");
    JSON.put("long", LONG);
  }

  private static String processId;
  /** Each instance's key by its name; "none" has no variable "v". */
  private static final Map<String, Long> INSTANCES = new HashMap<>();

  @BeforeAll
  static void startOneInstancePerType() {
    processId = uniqueId("Process_VariableValues");
    deploy(userTaskProcess(processId));
    Map<String, Object> values = new HashMap<>();
    values.put("string", "north");
    values.put("number", 42);
    values.put("boolean", true);
    values.put("null", null);
    values.put("object", Map.of("a", 1));
    values.put("long", "x".repeat(3_000));
    values.forEach((name, value) -> {
      Map<String, Object> variables = new HashMap<>();
      variables.put("v", value);
      variables.put("other", "north");
      INSTANCES.put(name, start(processId, variables).getProcessInstanceKey());
    });
    INSTANCES.put("none", start(processId, Map.of("other", "north")).getProcessInstanceKey());
  }

  @Test
  void shouldMatchEachTypeByItsJsonText() {
    JSON.forEach((name, json) -> assertFound(v -> v.eq(json), name));
    // a string's value without its quotes is not its JSON text
    assertFound(v -> v.eq("north"));
    assertFound(v -> v.eq("\"42\""));
  }

  @Test
  void shouldMatchAnyOfSeveralValues() {
    assertFound(v -> v.in(JSON.get("string"), JSON.get("number"), LONG, "\"south\""), "string", "number", "long");
    assertFound(v -> v.in(JSON.get("null"), JSON.get("boolean"), JSON.get("object")), "null", "boolean", "object");
  }

  @Test
  void shouldMatchOtherValuesOfTheNamedVariable() {
    assertFound(v -> v.neq(JSON.get("number")), "string", "boolean", "null", "object", "long");
  }

  @Test
  void shouldMatchByPatternAndPresence() {
    assertFound(v -> v.like("*ort*"), "string");
    assertFound(v -> v.like("4?"), "number");
    assertFound(v -> v.like("\"xxx*"), "long");
    assertFound(v -> v.exists(true), "string", "number", "boolean", "null", "object", "long");
  }

  @Test
  void shouldMatchSeveralOperatorsTogether() {
    // an equality that fits the index with a condition on the same value
    assertFound(v -> v.in(JSON.get("string"), JSON.get("number")).neq(JSON.get("number")), "string");
    assertFound(v -> v.eq(LONG).like("\"x*"), "long");
  }

  @Test
  void shouldMatchAPlainValueGivenAsAMap() {
    JSON.forEach((name, json) -> assertThat(tasks(f -> f.processInstanceVariables(Map.of("v", json))))
        .as("tasks of the instance whose v is %s", name).containsExactly(INSTANCES.get(name)));
  }

  /** The three searches find exactly the named instances (their tasks, themselves, their "v"). */
  private static void assertFound(Consumer<StringProperty> value, String... names) {
    Set<Long> expected = Arrays.stream(names).map(INSTANCES::get).collect(Collectors.toSet());
    assertThat(tasks(f -> f.processInstanceVariables(List.of(v -> v.name("v").value(value)))))
        .as("user tasks by their process instance's variable").containsExactlyInAnyOrderElementsOf(expected);
    assertThat(client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId).variables(List.of(v -> v.name("v").value(value))))
        .send().join().items()).extracting(ProcessInstance::getProcessInstanceKey)
        .as("process instances by their variable").containsExactlyInAnyOrderElementsOf(expected);
    assertThat(client.newVariableSearchRequest()
        .filter(f -> f.name("v").value(value).processInstanceKey(k -> k.in(List.copyOf(INSTANCES.values()))))
        .send().join().items()).extracting(Variable::getProcessInstanceKey)
        .as("variables by name and value").containsExactlyInAnyOrderElementsOf(expected);
  }

  private static List<Long> tasks(Consumer<UserTaskFilter> filter) {
    return client.newUserTaskSearchRequest().filter(f -> filter.accept(f.bpmnProcessId(processId)))
        .send().join().items().stream().map(UserTask::getProcessInstanceKey).toList();
  }
}
