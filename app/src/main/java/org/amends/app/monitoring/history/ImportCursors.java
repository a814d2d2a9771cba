package org.amends.app.monitoring.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** How far each feed of the import has got (report_import_cursor): the newest date it imported. */
@Repository
class ImportCursors {

  private final JdbcTemplate jdbc;

  ImportCursors(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The feed's watermark, or null before its first row. */
  OffsetDateTime watermark(String feed) {
    List<Timestamp> found = jdbc.queryForList(
        "select watermark from amends.report_import_cursor where feed = ?", Timestamp.class, feed);
    return found.isEmpty() || found.get(0) == null ? null
        : found.get(0).toInstant().atOffset(ZoneOffset.UTC);
  }

  /** Moves the feed on (never back) after a page was stored, in the page's transaction. */
  void advance(String feed, OffsetDateTime watermark, int rows, Instant now) {
    jdbc.update("""
        insert into amends.report_import_cursor (feed, watermark, imported, last_run_at) values (?, ?, ?, ?)
        on conflict (feed) do update set
          watermark = greatest(report_import_cursor.watermark, excluded.watermark),
          imported = report_import_cursor.imported + excluded.imported,
          last_run_at = excluded.last_run_at""",
        feed, watermark == null ? null : Timestamp.from(watermark.toInstant()), rows, Timestamp.from(now));
  }

  /** When the import last finished a run of any feed (null: never). */
  Instant lastRun() {
    Timestamp last = jdbc.queryForObject("select max(last_run_at) from amends.report_import_cursor", Timestamp.class);
    return last == null ? null : last.toInstant();
  }
}
