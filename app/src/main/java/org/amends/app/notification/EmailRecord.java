package org.amends.app.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Every email sent, against its case; the unique idempotency key stops a second sending. */
@Table(schema = "amends", name = "email_record")
public record EmailRecord(
    @Id Long id,
    long caseId,
    RecipientKind recipientKind,
    Long partyId,
    Long facilitatorId,
    String recipientAddress,
    EmailTemplate template,
    String subject,
    Instant sentAt,
    String idempotencyKey) {}
