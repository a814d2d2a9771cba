package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Variable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariableApiTest extends ApiTestSupport {

  @Test
  void shouldSearchAndGetVariablesAsJson() {
    // given
    String processId = uniqueId("Process_Variables");
    deploy(serviceTaskProcess(processId, "work"));
    long instance = start(processId, Map.of("caseId", "C-1", "count", 3, "details", Map.of("a", List.of(1, 2))))
        .getProcessInstanceKey();

    // when
    List<Variable> variables = client.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instance).scopeKey(instance))
        .sort(s -> s.name().asc()).send().join().items();

    // then
    assertThat(variables).extracting(Variable::getName).containsExactly("caseId", "count", "details");
    assertThat(variables).extracting(Variable::getValue).containsExactly("\"C-1\"", "3", "{\"a\":[1,2]}");
    assertThat(variables).allSatisfy(v -> assertThat(v.isTruncated()).isFalse());
    Variable one = client.newVariableGetRequest(variables.get(0).getVariableKey()).send().join();
    assertThat(one.getValue()).isEqualTo("\"C-1\"");
    assertThat(one.getScopeKey()).isEqualTo(instance);
  }

  @Test
  void shouldTruncateLongValuesUnlessFullValuesAreAsked() {
    // given
    String processId = uniqueId("Process_Long");
    deploy(serviceTaskProcess(processId, "work"));
    long instance = start(processId, Map.of("letter", "x".repeat(10_000))).getProcessInstanceKey();

    // when
    Variable truncated = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance))
        .send().join().items().get(0);
    Variable full = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance))
        .withFullValues().send().join().items().get(0);

    // then
    assertThat(truncated.isTruncated()).isTrue();
    assertThat(truncated.getValue()).hasSizeLessThan(10_000);
    assertThat(full.isTruncated()).isFalse();
    assertThat(full.getValue()).hasSize(10_002);
  }

  @Test
  void shouldFilterByNameAndValue() {
    // given
    String processId = uniqueId("Process_VariableFilter");
    deploy(serviceTaskProcess(processId, "work"));
    long first = start(processId, Map.of("region", "north")).getProcessInstanceKey();
    start(processId, Map.of("region", "south"));

    // when
    List<Variable> found = client.newVariableSearchRequest()
        .filter(f -> f.name("region").value("\"north\"")).send().join().items();
    List<Variable> like = client.newVariableSearchRequest()
        .filter(f -> f.name(n -> n.like("reg?on")).value(v -> v.in("\"north\"", "\"south\""))).send().join().items();

    // then
    assertThat(found).extracting(Variable::getProcessInstanceKey).contains(first);
    assertThat(found).allSatisfy(v -> assertThat(v.getValue()).isEqualTo("\"north\""));
    assertThat(like.size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void shouldSetLocalAndPropagatedVariables() {
    // given
    String processId = uniqueId("Process_SetVariables");
    deploy(serviceTaskProcess(processId, "work"));
    long instance = start(processId).getProcessInstanceKey();
    ElementInstance task = client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId("ServiceTask_Work")).send().join().items().get(0);

    // when
    client.newSetVariablesCommand(task.getElementInstanceKey()).variables(Map.of("note", "local")).local(true).send().join();
    client.newSetVariablesCommand(task.getElementInstanceKey()).variables(Map.of("shared", 1)).local(false).send().join();

    // then
    assertThat(client.newVariableSearchRequest().filter(f -> f.name("note").processInstanceKey(instance))
        .send().join().items()).singleElement()
        .satisfies(v -> assertThat(v.getScopeKey()).isEqualTo(task.getElementInstanceKey()));
    assertThat(client.newVariableSearchRequest().filter(f -> f.name("shared").processInstanceKey(instance))
        .send().join().items()).singleElement()
        .satisfies(v -> assertThat(v.getScopeKey()).isEqualTo(instance));
  }
}
