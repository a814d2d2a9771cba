package org.amends.app.casework;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One attempt to reach a party, answered or not: the contact-attempt limit counts these. */
@Table(schema = "amends", name = "contact_log")
public record ContactLog(
    @Id Long id,
    long caseId,
    long partyId,
    Instant contactedAt,
    ContactMethod method,
    ContactOutcome outcome,
    String notes,
    String contactedBy,
    String requestKey) {}
