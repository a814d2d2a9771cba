package org.amends.app.monitoring.history;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A kind of row read by its start (or creation) and by its end (or completion), without reading
 * a row twice when the first read already showed it ended. The started feed runs first and reads
 * every row started since its watermark as it is now; so a row that ended before the run began
 * was stored ended then, if it started within that window. The ended feed then needs only:
 * <ul>
 *   <li>rows ended since its watermark that started before the started feed's window, and</li>
 *   <li>rows ended since the run began ({@code settled}, less the overlap), which the started feed
 *       may have read while they were still open.</li>
 * </ul>
 * After the first part, everything that ended before {@code settled} is stored, so the ended
 * feed's watermark moves there even when no row did. {@code settled} is the engine's own date of
 * the newest element instance it listed before the run (EngineChanges), so that the app's clock
 * plays no part. A catch-up of the whole history then reads each row once, not twice.
 */
final class FeedPair<T> {

  private final DatedFeed<T> started;
  private final DatedFeed<T> ended;

  FeedPair(DatedFeed<T> started, DatedFeed<T> ended) {
    this.started = started;
    this.ended = ended;
  }

  /**
   * Runs both feeds; {@code newest} is the engine's date of its newest element instance seen
   * before this run (null: none, or unknown), and each feed's read is as in DatedFeed.
   */
  int run(OffsetDateTime newest, ImportCursors cursors, TransactionTemplate transactions, int pageSize,
      Duration overlap, Clock clock) {
    OffsetDateTime startedFrom = started.from(cursors, overlap);
    int rows = started.read(DatedFeed.Window.since(startedFrom), cursors, transactions, pageSize, clock);
    OffsetDateTime endedFrom = ended.from(cursors, overlap);
    OffsetDateTime settled = newest == null ? null : newest.minus(overlap);
    if (settled == null || !endedFrom.isBefore(settled)) {
      return rows + ended.read(DatedFeed.Window.since(endedFrom), cursors, transactions, pageSize, clock);
    }
    if (startedFrom.isAfter(DatedFeed.BEGINNING)) {
      rows += ended.read(new DatedFeed.Window(endedFrom, settled, startedFrom), cursors, transactions, pageSize, clock);
    }
    transactions.executeWithoutResult(status -> cursors.advance(ended.name(), settled, 0, clock.instant()));
    return rows + ended.read(DatedFeed.Window.since(settled), cursors, transactions, pageSize, clock);
  }
}
