package org.amends.app.monitoring.history;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.builder.DateTimeProperty;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The incremental import of the engine's history into the reporting tables, through the Camunda
 * client's search API only (so it works against a Camunda 8 cluster as well as Amends' engine),
 * the way Optimize imports from Camunda. Each kind of row has a feed by start or creation date
 * and one by end date, which skips what the first already read ended (FeedPair); incidents have a
 * feed by creation; open incidents and open user tasks' assignment, which change without a
 * date to search by, are re-read (incidents every run, they are few; assignments every
 * sweep-interval). Paged, resumable (ImportCursors), idempotent (ReportingStore upserts); when
 * the engine shows no change (EngineChanges) the feeds are skipped, so an idle run costs three
 * small searches and the open incidents.
 */
public class HistoryImport {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryImport.class);

  private final CamundaClient camunda;
  private final ReportingStore store;
  private final ImportCursors cursors;
  private final TransactionTemplate transactions;
  private final ImportSettings settings;
  private final Clock clock;
  private final List<FeedPair<?>> pairs;
  private final DatedFeed<Incident> incidents;
  private final EngineChanges changes;
  private EngineChanges.Signature lastSeen;
  private Instant lastSweep = Instant.EPOCH;

  HistoryImport(CamundaClient camunda, ReportingStore store, ImportCursors cursors,
      TransactionTemplate transactions, ImportSettings settings, Clock clock) {
    this.camunda = camunda;
    this.store = store;
    this.cursors = cursors;
    this.transactions = transactions;
    this.settings = settings;
    this.clock = clock;
    this.changes = new EngineChanges(camunda);
    this.pairs = List.of(
        new FeedPair<>(
            new DatedFeed<ProcessInstance>("process-instance-started", (w, limit, after) -> camunda
                .newProcessInstanceSearchRequest()
                .filter(f -> f.startDate(d -> d.gte(w.from())))
                .sort(s -> s.startDate().asc())
                .page(p -> page(p.limit(limit), after)).send().join(),
                ProcessInstance::getStartDate, store::processInstances),
            new DatedFeed<ProcessInstance>("process-instance-ended", (w, limit, after) -> camunda
                .newProcessInstanceSearchRequest()
                .filter(f -> {
                  f.endDate(d -> within(d, w));
                  if (w.startedBefore() != null) {
                    f.startDate(d -> d.lt(w.startedBefore()));
                  }
                })
                .sort(s -> s.endDate().asc())
                .page(p -> page(p.limit(limit), after)).send().join(),
                ProcessInstance::getEndDate, store::processInstances)),
        new FeedPair<>(
            new DatedFeed<ElementInstance>("element-instance-started", (w, limit, after) -> camunda
                .newElementInstanceSearchRequest()
                .filter(f -> f.startDate(d -> d.gte(w.from())))
                .sort(s -> s.startDate().asc())
                .page(p -> page(p.limit(limit), after)).send().join(),
                ElementInstance::getStartDate, store::elementInstances),
            new DatedFeed<ElementInstance>("element-instance-ended", (w, limit, after) -> camunda
                .newElementInstanceSearchRequest()
                .filter(f -> {
                  f.endDate(d -> within(d, w));
                  if (w.startedBefore() != null) {
                    f.startDate(d -> d.lt(w.startedBefore()));
                  }
                })
                .sort(s -> s.endDate().asc())
                .page(p -> page(p.limit(limit), after)).send().join(),
                ElementInstance::getEndDate, store::elementInstances)),
        new FeedPair<>(
            new DatedFeed<UserTask>("user-task-created", (w, limit, after) -> camunda
                .newUserTaskSearchRequest()
                .filter(f -> f.creationDate(d -> d.gte(w.from())))
                .sort(s -> s.creationDate().asc())
                .page(p -> page(p.limit(limit), after)).send().join(),
                UserTask::getCreationDate, store::userTasks),
            new DatedFeed<UserTask>("user-task-completed", (w, limit, after) -> camunda
                .newUserTaskSearchRequest()
                .filter(f -> {
                  f.completionDate(d -> within(d, w));
                  if (w.startedBefore() != null) {
                    f.creationDate(d -> d.lt(w.startedBefore()));
                  }
                })
                .sort(s -> s.completionDate().asc())
                .page(p -> page(p.limit(limit), after)).send().join(),
                UserTask::getCompletionDate, store::userTasks)));
    this.incidents = new DatedFeed<Incident>("incident-created", (w, limit, after) -> camunda
        .newIncidentSearchRequest()
        .filter(f -> f.creationTime(d -> d.gte(w.from())))
        .sort(s -> s.creationTime().asc())
        .page(p -> page(p.limit(limit), after)).send().join(),
        Incident::getCreationTime, store::incidents);
  }

  private static void within(DateTimeProperty date, DatedFeed.Window window) {
    date.gte(window.from());
    if (window.until() != null) {
      date.lt(window.until());
    }
  }

  private static io.camunda.client.api.search.request.SearchRequestPage page(
      io.camunda.client.api.search.request.SearchRequestPage page, String after) {
    return after == null ? page : page.after(after);
  }

  /** What one run read, per feed, and whether the engine answered. */
  public record Run(int rows, int resolvedIncidents, boolean swept, Exception failure) {

    public boolean failed() {
      return failure != null;
    }
  }

  /**
   * Imports everything new since the last run. When the engine does not answer, nothing moves:
   * the next run starts from the same watermarks and catches up.
   */
  public synchronized Run runOnce() {
    int rows = 0;
    try {
      // looked at before the feeds run, so that a change during the run is seen by the next one
      EngineChanges.Signature seen = changes.now(lastSeen);
      if (!seen.equals(lastSeen)) {
        for (FeedPair<?> pair : pairs) {
          rows += pair.run(seen.newestStart(), cursors, transactions, settings.pageSize(), settings.overlap(), clock);
        }
        rows += incidents.run(cursors, transactions, settings.pageSize(), settings.overlap(), clock);
        lastSeen = seen;
      }
      int resolved = refreshIncidents();
      boolean swept = sweepAssignments(false);
      cursors.advance("run", null, 0, clock.instant());
      return new Run(rows, resolved, swept, null);
    } catch (ClientException | CompletionException e) {
      // the engine's message may quote a request; the type is enough to say what went wrong
      LOG.warn("Monitoring import stopped after {} rows: the engine did not answer ({}); the next run resumes",
          rows, e.getClass().getSimpleName());
      return new Run(rows, 0, false, e);
    } catch (RuntimeException e) {
      LOG.error("Monitoring import stopped after {} rows; the next run resumes", rows, e);
      return new Run(rows, 0, false, e);
    }
  }

  /** When a run last finished (null: none has yet), for the pages' "figures as of". */
  public Instant lastRun() {
    return cursors.lastRun();
  }

  /** Re-reads the open user tasks' assignment now (also done every sweep-interval by runOnce). */
  public synchronized void sweepNow() {
    sweepAssignments(true);
  }

  /** Active incidents, all of them: the ones no longer listed were resolved or their case ended. */
  private int refreshIncidents() {
    Set<Long> storedActive = new HashSet<>(store.activeIncidents());
    List<Incident> active = all((limit, after) -> camunda.newIncidentSearchRequest()
        .filter(f -> f.state(IncidentState.ACTIVE))
        .sort(s -> s.incidentKey().asc())
        .page(p -> page(p.limit(limit), after)).send().join());
    if (!active.isEmpty()) {
      transactions.executeWithoutResult(status -> store.incidents(active));
    }
    active.forEach(i -> storedActive.remove(i.getIncidentKey()));
    return store.resolve(storedActive, clock.instant());
  }

  private boolean sweepAssignments(boolean force) {
    Instant now = clock.instant();
    if (!force && now.isBefore(lastSweep.plus(settings.sweepInterval()))) {
      return false;
    }
    List<UserTask> open = all((limit, after) -> camunda.newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED))
        .page(p -> page(p.limit(limit), after)).send().join());
    store.assignments(open);
    lastSweep = now;
    return true;
  }

  private <T> List<T> all(BiFunction<Integer, String, SearchResponse<T>> query) {
    List<T> all = new ArrayList<>();
    String after = null;
    while (true) {
      SearchResponse<T> page = query.apply(settings.pageSize(), after);
      all.addAll(page.items());
      if (page.items().size() < settings.pageSize() || page.page().endCursor() == null) {
        return all;
      }
      after = page.page().endCursor();
    }
  }
}
