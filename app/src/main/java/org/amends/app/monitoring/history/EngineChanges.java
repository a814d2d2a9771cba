package org.amends.app.monitoring.history;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.SearchResponse;

/**
 * Whether anything the import reads has changed since the last look, from three small searches
 * that need no date filter: the newest element instance and how many there are, how many are
 * active, and the newest incident and how many there are. Every step entered (a completion always
 * enters the next step or an end event) adds an element instance; a cancellation lowers the
 * active count; an incident adds one. When the answer is the same, the dated feeds are skipped:
 * their date filters are what costs when the history is large.
 */
final class EngineChanges {

  /** What the three searches said. */
  record Signature(Long newestElement, long elements, long activeElements, Long newestIncident, long incidents) {}

  private final CamundaClient camunda;

  EngineChanges(CamundaClient camunda) {
    this.camunda = camunda;
  }

  Signature now() {
    SearchResponse<ElementInstance> newest = camunda.newElementInstanceSearchRequest()
        .sort(s -> s.elementInstanceKey().desc()).page(p -> p.limit(1)).send().join();
    SearchResponse<ElementInstance> active = camunda.newElementInstanceSearchRequest()
        .filter(f -> f.state(ElementInstanceState.ACTIVE)).page(p -> p.limit(1)).send().join();
    SearchResponse<Incident> incidents = camunda.newIncidentSearchRequest()
        .sort(s -> s.incidentKey().desc()).page(p -> p.limit(1)).send().join();
    return new Signature(
        newest.items().isEmpty() ? null : newest.items().get(0).getElementInstanceKey(), total(newest),
        total(active),
        incidents.items().isEmpty() ? null : incidents.items().get(0).getIncidentKey(), total(incidents));
  }

  private static long total(SearchResponse<?> response) {
    Long total = response.page().totalItems();
    return total == null ? -1 : total;
  }
}
