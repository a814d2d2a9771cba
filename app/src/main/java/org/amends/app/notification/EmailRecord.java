package org.amends.app.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Every email sent, against its case; the unique idempotency key stops a second sending, and
 * {@code sentAt} is when the sending was claimed.
 */
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
    String idempotencyKey,
    EmailDelivery delivery) {

  EmailRecord withDelivery(EmailDelivery delivery) {
    return new EmailRecord(id, caseId, recipientKind, partyId, facilitatorId, recipientAddress,
        template, subject, sentAt, idempotencyKey, delivery);
  }
}
