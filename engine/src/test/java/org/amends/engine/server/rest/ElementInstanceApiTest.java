package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.SearchResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

  @Test
  void shouldPageAFeedByDateWithCursorsWithoutGapsOrRepeats() {
    // given five instances' start events and service tasks (ten element instances, some sharing a start date)
    String processId = uniqueId("Process_DateFeed");
    deploy(serviceTaskProcess(processId, "work"));
    OffsetDateTime from = OffsetDateTime.now().minusMinutes(1);
    for (int i = 0; i < 5; i++) {
      start(processId);
    }
    List<Long> all = feedPage(processId, from, 100, null).items().stream()
        .map(ElementInstance::getElementInstanceKey).toList();

    // when the feed is read three at a time, each page after the last one's end cursor
    List<Long> paged = new ArrayList<>();
    String after = null;
    while (true) {
      SearchResponse<ElementInstance> page = feedPage(processId, from, 3, after);
      page.items().forEach(e -> paged.add(e.getElementInstanceKey()));
      assertThat(page.page().totalItems()).isEqualTo(paged.size() <= 6 ? 10 : 12);
      if (page.items().size() < 3) {
        break;
      }
      after = page.page().endCursor();
      if (paged.size() == 6) {
        // a row that arrives while the feed is read comes after what was read, not in its place
        start(processId);
      }
    }

    // then every element instance is read once, in the order of one search, and the late ones after them
    assertThat(all).hasSize(10);
    assertThat(paged.subList(0, 10)).isEqualTo(all);
    assertThat(paged).hasSize(12).doesNotHaveDuplicates();
  }

  private static SearchResponse<ElementInstance> feedPage(String processId, OffsetDateTime from, int limit, String after) {
    return client.newElementInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId).startDate(d -> d.gte(from)))
        .sort(s -> s.startDate().asc())
        .page(p -> {
          p.limit(limit);
          if (after != null) {
            p.after(after);
          }
        })
        .send().join();
  }
}
