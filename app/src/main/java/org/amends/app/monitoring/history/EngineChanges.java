package org.amends.app.monitoring.history;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.SearchResponse;
import java.time.OffsetDateTime;

/**
 * Whether anything the import reads has changed since the last look, from three small searches:
 * the newest element instance and how many started since the last look's newest, how many ended
 * since then, and the newest incident and how many there are. Every step entered (a completion
 * always enters the next step or an end event) adds an element instance; a cancellation ends
 * some; an incident adds one. When the answer is the same, the dated feeds are skipped: their
 * date filters are what costs when the history is large.
 *
 * <p>The element searches are bounded by a recent start date (see since), so that they read
 * (and the engine counts) only what is recent, not the whole history every couple of seconds; the
 * ended one is sorted by its bounded date, which the engine answers from its date index and counts
 * up to a cap.
 */
final class EngineChanges {

  /**
   * What the three searches said; {@code newestStart} is the newest element instance's start in
   * the engine's clock (FeedPair's "settled"), and the counts are of the rows since {@code since}.
   * Two looks bounded alike are equal when nothing changed in between.
   */
  record Signature(OffsetDateTime since, Long newestElement, OffsetDateTime newestStart, long started, long ended,
      Long newestIncident, long incidents) {}

  /** How many rows after a look's bound before the bound moves on (well under the engine's count cap). */
  static final int REBASE_AFTER = 1_000;

  private final CamundaClient camunda;

  EngineChanges(CamundaClient camunda) {
    this.camunda = camunda;
  }

  /**
   * The engine now; {@code last} is the look of the last run that read the feeds (null: none),
   * whose newest start bounds this one.
   */
  Signature now(Signature last) {
    OffsetDateTime since = since(last);
    SearchResponse<ElementInstance> newest = camunda.newElementInstanceSearchRequest()
        .filter(f -> f.startDate(d -> d.gte(since)))
        .sort(s -> s.elementInstanceKey().desc()).page(p -> p.limit(1)).send().join();
    SearchResponse<ElementInstance> ended = camunda.newElementInstanceSearchRequest()
        .filter(f -> f.endDate(d -> d.gte(since)))
        .sort(s -> s.endDate().asc()).page(p -> p.limit(1)).send().join();
    SearchResponse<Incident> incidents = camunda.newIncidentSearchRequest()
        .sort(s -> s.incidentKey().desc()).page(p -> p.limit(1)).send().join();
    ElementInstance top = newest.items().isEmpty() ? null : newest.items().get(0);
    return new Signature(since, top == null ? null : top.getElementInstanceKey(),
        top == null ? (last == null ? null : last.newestStart()) : top.getStartDate(),
        total(newest), total(ended),
        incidents.items().isEmpty() ? null : incidents.items().get(0).getIncidentKey(), total(incidents));
  }

  /**
   * The bound of the next look: the last one's, so that looks with nothing in between are equal,
   * until more than REBASE_AFTER rows came after it; then the last look's newest start (that look
   * and the next then differ once).
   */
  private static OffsetDateTime since(Signature last) {
    if (last == null || last.newestStart() == null) {
      return DatedFeed.BEGINNING;
    }
    return last.started() > REBASE_AFTER || last.ended() > REBASE_AFTER ? last.newestStart() : last.since();
  }

  private static long total(SearchResponse<?> response) {
    Long total = response.page().totalItems();
    return total == null ? -1 : total;
  }
}
