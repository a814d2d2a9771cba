package org.amends.app.consent;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A party's informed written consent, and its withdrawal. A party who withdraws before being
 * asked has a row with {@code given = false} and the withdrawal alone.
 */
@Table(schema = "amends", name = "consent")
public record Consent(
    @Id Long id,
    long partyId,
    boolean given,
    LocalDate givenOn,
    String scope,
    String recordedBy,
    LocalDate withdrawnOn,
    String withdrawalReason,
    @Version Long version) {

  public boolean isInForce() {
    return given && withdrawnOn == null;
  }

  Consent withdrawn(LocalDate on, String reason) {
    return new Consent(id, partyId, given, givenOn, scope, recordedBy, on, reason, version);
  }

  Consent recorded(boolean isGiven, LocalDate on, String newScope, String by) {
    return new Consent(id, partyId, isGiven, on, newScope, by, withdrawnOn, withdrawalReason, version);
  }
}
