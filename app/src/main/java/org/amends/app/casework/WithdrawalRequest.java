package org.amends.app.casework;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A withdrawal as staff recorded it on the case page, kept here so that the party-withdrawn
 * message carries only this id and the party's, never the reason.
 */
@Table(schema = "amends", name = "withdrawal_request")
public record WithdrawalRequest(
    @Id Long id, long caseId, long partyId, String reason, String requestedBy, Instant requestedAt) {}
