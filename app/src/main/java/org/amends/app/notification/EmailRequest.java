package org.amends.app.notification;

import java.util.Map;

/**
 * One email to send. The idempotency key names this sending (for a worker: the job key and the
 * recipient); a second request with the same key sends nothing.
 */
public record EmailRequest(
    long caseId,
    Recipient recipient,
    EmailTemplate template,
    Map<String, Object> model,
    String idempotencyKey) {

  public EmailRequest {
    if (idempotencyKey == null || idempotencyKey.isBlank()) {
      throw new IllegalArgumentException("An email needs an idempotency key");
    }
    model = model == null ? Map.of() : model;
  }

  public static EmailRequest of(
      long caseId, Recipient recipient, EmailTemplate template, String idempotencyKey) {
    return new EmailRequest(caseId, recipient, template, Map.of(), idempotencyKey);
  }
}
