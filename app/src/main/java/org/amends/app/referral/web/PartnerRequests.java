package org.amends.app.referral.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The partner API's idempotency keys (table partner_request): which case a key opened and a
 * digest of the referral it came with. A key is remembered for a day, long enough for any retry.
 */
@Repository
class PartnerRequests {

  static final Duration REMEMBERED = Duration.ofHours(24);

  private final JdbcClient jdbc;
  private final Clock clock;

  PartnerRequests(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  record Earlier(String bodySha256, long caseId) {}

  Optional<Earlier> find(String agency, String key) {
    return jdbc.sql("""
            select body_sha256, case_id from amends.partner_request
            where agency = :agency and idempotency_key = :key and received_at > :since""")
        .param("agency", agency)
        .param("key", key)
        .param("since", Timestamp.from(clock.instant().minus(REMEMBERED)))
        .query((rs, n) -> new Earlier(rs.getString(1), rs.getLong(2)))
        .optional();
  }

  /**
   * Remembers the key in the transaction that opens the case; a key another request has just
   * taken fails the insert (and with it that transaction), never opening a second case.
   */
  void remember(String agency, String key, String bodySha256, long caseId) {
    // a key older than a day is free again
    jdbc.sql("delete from amends.partner_request where agency = :agency and idempotency_key = :key and received_at <= :since")
        .param("agency", agency)
        .param("key", key)
        .param("since", Timestamp.from(clock.instant().minus(REMEMBERED)))
        .update();
    jdbc.sql("""
            insert into amends.partner_request (agency, idempotency_key, body_sha256, case_id, received_at)
            values (:agency, :key, :digest, :caseId, :now)""")
        .param("agency", agency)
        .param("key", key)
        .param("digest", bodySha256)
        .param("caseId", caseId)
        .param("now", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
        .update();
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  void forgetOldKeys() {
    Instant since = clock.instant().minus(REMEMBERED);
    jdbc.sql("delete from amends.partner_request where received_at <= :since")
        .param("since", Timestamp.from(since))
        .update();
  }
}
