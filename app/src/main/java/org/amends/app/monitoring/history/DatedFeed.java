package org.amends.app.monitoring.history;

import io.camunda.client.api.search.response.SearchResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One incremental feed of the import: the engine's rows whose date (start, end, creation...) is
 * at or after the feed's watermark less an overlap, oldest first, page by page through the
 * search API's cursors. Each page is stored and the watermark moved on in one transaction, so a
 * restart resumes after the last stored page; rows are upserted, so what the overlap re-reads
 * changes nothing. When nothing changed, a run is one search that finds only the overlap.
 */
final class DatedFeed<T> {

  /**
   * The rows a read asks for: dated at or after {@code from}, before {@code until} (null: no
   * bound), and started before {@code startedBefore} (null: whenever); see EndedFeed.
   */
  record Window(OffsetDateTime from, OffsetDateTime until, OffsetDateTime startedBefore) {

    static Window since(OffsetDateTime from) {
      return new Window(from, null, null);
    }
  }

  /** One page of the engine's rows in the window, sorted by the feed's date. */
  interface PageQuery<T> {
    SearchResponse<T> fetch(Window window, int limit, String after);
  }

  /** Where a feed with no watermark yet starts. */
  static final OffsetDateTime BEGINNING = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private final String name;
  private final PageQuery<T> query;
  private final Function<T, OffsetDateTime> date;
  private final Consumer<List<T>> store;

  DatedFeed(String name, PageQuery<T> query, Function<T, OffsetDateTime> date, Consumer<List<T>> store) {
    this.name = name;
    this.query = query;
    this.date = date;
    this.store = store;
  }

  String name() {
    return name;
  }

  /** Where the next run starts: the watermark less the overlap. */
  OffsetDateTime from(ImportCursors cursors, Duration overlap) {
    OffsetDateTime watermark = cursors.watermark(name);
    return watermark == null ? BEGINNING : watermark.minus(overlap);
  }

  /** Imports what is new since the last run; returns how many rows it read. */
  int run(ImportCursors cursors, TransactionTemplate transactions, int pageSize, Duration overlap, Clock clock) {
    return read(Window.since(from(cursors, overlap)), cursors, transactions, pageSize, clock);
  }

  /** Imports the rows in the window, page by page, moving the watermark on with each page. */
  int read(Window window, ImportCursors cursors, TransactionTemplate transactions, int pageSize, Clock clock) {
    String after = null;
    int read = 0;
    while (true) {
      SearchResponse<T> page = query.fetch(window, pageSize, after);
      List<T> items = page.items();
      if (!items.isEmpty()) {
        OffsetDateTime newest = items.stream().map(date).filter(Objects::nonNull)
            .max(OffsetDateTime::compareTo).orElse(null);
        transactions.executeWithoutResult(status -> {
          store.accept(items);
          cursors.advance(name, newest, items.size(), clock.instant());
        });
      }
      read += items.size();
      if (items.size() < pageSize || page.page().endCursor() == null) {
        return read;
      }
      after = page.page().endCursor();
    }
  }
}
