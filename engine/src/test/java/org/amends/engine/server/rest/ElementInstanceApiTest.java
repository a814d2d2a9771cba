package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementInstanceApiTest extends ApiTestSupport {

  @Test
  void shouldListElementInstancesInOrderOfStart() {
    // given
    String processId = uniqueId("Process_Elements");
    deploy(serviceTaskProcess(processId, "work"));
    long instance = start(processId).getProcessInstanceKey();

    // when
    List<ElementInstance> elements = client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance)).sort(s -> s.startDate().asc()).send().join().items();

    // then
    assertThat(elements).extracting(ElementInstance::getElementId)
        .containsExactly("StartEvent_Received", "ServiceTask_Work");
    assertThat(elements).extracting(ElementInstance::getType)
        .containsExactly(ElementInstanceType.START_EVENT, ElementInstanceType.SERVICE_TASK);
    assertThat(elements).extracting(ElementInstance::getState)
        .containsExactly(ElementInstanceState.COMPLETED, ElementInstanceState.ACTIVE);
    assertThat(elements.get(1).getElementName()).isEqualTo("Work");
  }

  @Test
  void shouldNotReturnTheProcessInstanceAsAnElementInstance() {
    // given
    String processId = uniqueId("Process_NotAFlowNode");
    deploy(serviceTaskProcess(processId, "work"));
    long instance = start(processId).getProcessInstanceKey();

    // when
    List<ElementInstance> byProcess = client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance)).send().join().items();
    List<ElementInstance> byType = client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).type(ElementInstanceType.PROCESS)).send().join().items();
    Refusal get = problemOf(() -> client.newElementInstanceGetRequest(instance).send().join());

    // then
    assertThat(byProcess).extracting(ElementInstance::getElementInstanceKey).doesNotContain(instance);
    assertThat(byProcess).extracting(ElementInstance::getElementId).doesNotContain(processId);
    assertThat(byType).isEmpty();
    assertThat(get.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
  }

  @Test
  void shouldFilterByStateAndTypeAndGetByKey() {
    // given
    String processId = uniqueId("Process_ElementFilter");
    deploy(serviceTaskProcess(processId, "work"));
    long instance = start(processId).getProcessInstanceKey();

    // when
    List<ElementInstance> active = client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(ElementInstanceState.ACTIVE).type(ElementInstanceType.SERVICE_TASK))
        .send().join().items();

    // then
    assertThat(active).singleElement().satisfies(e -> assertThat(e.getElementId()).isEqualTo("ServiceTask_Work"));
    ElementInstance one = client.newElementInstanceGetRequest(active.get(0).getElementInstanceKey()).send().join();
    assertThat(one.getProcessInstanceKey()).isEqualTo(instance);
    assertThat(one.getIncident()).isFalse();
  }
}
