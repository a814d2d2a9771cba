package org.amends.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time token that creates the first manager: 256 random bits, shown once, kept only as
 * its SHA-256 (a random token of that size needs no slow hash), good until it expires or is used.
 */
@Component
class SetupTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Clock clock;

  SetupTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new token, replacing any earlier one; the caller shows it once. */
  @Transactional
  String issue(Duration validity) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql("delete from amends.setup_token").update();
    jdbc.sql("insert into amends.setup_token (id, token_hash, expires_at) values (1, ?, ?)")
        .params(hash(token), Timestamp.from(clock.instant().plus(validity)))
        .update();
    return token;
  }

  /** Whether an unexpired token waits to be used. */
  boolean pending() {
    return expiry().filter(e -> e.isAfter(clock.instant())).isPresent();
  }

  /**
   * Uses the token up when it is the one issued and has not expired; true if it was. Runs in the
   * caller's transaction, which holds the token's row until it commits, so it works only once.
   */
  @Transactional
  boolean redeem(String token) {
    Optional<StoredToken> stored = jdbc.sql("select token_hash, expires_at from amends.setup_token where id = 1 for update")
        .query((rs, n) -> new StoredToken(rs.getString(1), rs.getTimestamp(2).toInstant()))
        .optional();
    if (stored.isEmpty() || token == null || token.length() > 100 || !stored.get().expiresAt().isAfter(clock.instant())) {
      return false;
    }
    boolean same = MessageDigest.isEqual(stored.get().hash().getBytes(StandardCharsets.US_ASCII),
        hash(token.trim()).getBytes(StandardCharsets.US_ASCII));
    if (same) {
      discard();
    }
    return same;
  }

  void discard() {
    jdbc.sql("delete from amends.setup_token").update();
  }

  private Optional<Instant> expiry() {
    return jdbc.sql("select expires_at from amends.setup_token where id = 1")
        .query((rs, n) -> rs.getTimestamp(1).toInstant())
        .optional();
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private record StoredToken(String hash, Instant expiresAt) {}
}
