package org.amends.app.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The journeys still to start (table journey_start): written in the transaction that opens the
 * case, so a case never exists without either its process or this record.
 */
@Repository
public class PendingJourneys {

  /** Back-off between attempts doubles from two seconds up to this. */
  static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

  private final JdbcClient jdbc;

  PendingJourneys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A case whose journey has not started yet: how often it was tried and what went wrong. */
  public record Pending(long caseId, Instant requestedAt, int attempts, Instant nextAttemptAt,
      String lastFailure) {}

  void add(long caseId, Instant now) {
    jdbc.sql("""
            insert into amends.journey_start (case_id, requested_at, next_attempt_at)
            values (:caseId, :now, :now) on conflict (case_id) do nothing""")
        .param("caseId", caseId)
        .param("now", java.sql.Timestamp.from(truncate(now)))
        .update();
  }

  public Optional<Pending> find(long caseId) {
    return jdbc.sql("""
            select case_id, requested_at, attempts, next_attempt_at, last_failure
            from amends.journey_start where case_id = :caseId""")
        .param("caseId", caseId)
        .query((rs, n) -> new Pending(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
            rs.getTimestamp(4).toInstant(), rs.getString(5)))
        .optional();
  }

  /** The cases whose next attempt is due, oldest request first. */
  List<Long> due(Instant now, int limit) {
    return jdbc.sql("""
            select case_id from amends.journey_start where next_attempt_at <= :now
            order by requested_at limit :limit""")
        .param("now", java.sql.Timestamp.from(now))
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /**
   * Locks the record for the current transaction, so that one attempt at a time starts a case's
   * journey (the poller and the request that opened the case, or two app instances); false when
   * it is gone or, unless {@code waitForOther}, another attempt holds it.
   */
  boolean lock(long caseId, boolean waitForOther) {
    return jdbc.sql("select 1 from amends.journey_start where case_id = :caseId for update"
            + (waitForOther ? "" : " skip locked"))
        .param("caseId", caseId)
        .query(Integer.class)
        .optional()
        .isPresent();
  }

  void done(long caseId) {
    jdbc.sql("delete from amends.journey_start where case_id = :caseId").param("caseId", caseId).update();
  }

  /** Counts a failed attempt and puts the next one off: 2 s, 4 s, 8 s... up to five minutes. */
  void failed(long caseId, Instant now, String failure) {
    int attempts = jdbc.sql("""
            update amends.journey_start set attempts = attempts + 1, last_failure = :failure
            where case_id = :caseId returning attempts""")
        .param("caseId", caseId)
        .param("failure", failure)
        .query(Integer.class)
        .optional()
        .orElse(0);
    jdbc.sql("update amends.journey_start set next_attempt_at = :next where case_id = :caseId")
        .param("caseId", caseId)
        .param("next", java.sql.Timestamp.from(truncate(now.plus(backOff(attempts)))))
        .update();
  }

  static Duration backOff(int attempts) {
    if (attempts >= 9) {
      return LONGEST_WAIT;
    }
    Duration wait = Duration.ofSeconds(1L << Math.max(1, attempts));
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  private static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }
}
