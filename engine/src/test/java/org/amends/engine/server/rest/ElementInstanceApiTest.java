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
        .containsExactly(processId, "StartEvent_Received", "ServiceTask_Work");
    assertThat(elements).extracting(ElementInstance::getType)
        .containsExactly(ElementInstanceType.PROCESS, ElementInstanceType.START_EVENT, ElementInstanceType.SERVICE_TASK);
    assertThat(elements).extracting(ElementInstance::getState)
        .containsExactly(ElementInstanceState.ACTIVE, ElementInstanceState.COMPLETED, ElementInstanceState.ACTIVE);
    assertThat(elements.get(2).getElementName()).isEqualTo("Work");
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
