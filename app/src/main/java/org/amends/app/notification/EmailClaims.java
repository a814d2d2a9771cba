package org.amends.app.notification;

import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The email records as claims on a sending. Each change commits on its own when the caller has no
 * transaction (job workers have none), so the claim is durable before the message goes to the
 * mail server: a sending cut short by a crash is found by the retry and never repeated.
 */
@Component
class EmailClaims {

  private final EmailRecordRepository records;
  private final TransactionTemplate transaction;

  EmailClaims(EmailRecordRepository records, PlatformTransactionManager transactions) {
    this.records = records;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
  }

  Optional<EmailRecord> find(String idempotencyKey) {
    return records.findByIdempotencyKey(idempotencyKey);
  }

  /** The record of a claim: this attempt's own, or that of the attempt that claimed the key first. */
  record Claim(EmailRecord record, boolean ours) {}

  Claim claim(EmailRecord sending) {
    try {
      return new Claim(transaction.execute(status -> records.save(sending)), true);
    } catch (DuplicateKeyException e) {
      return new Claim(find(sending.idempotencyKey()).orElseThrow(() -> e), false);
    }
  }

  void settle(EmailRecord record, EmailDelivery delivery) {
    transaction.executeWithoutResult(status -> records.save(record.withDelivery(delivery)));
  }

  /** Gives the key back: nothing reached the mail server, so a retry may send. */
  void release(EmailRecord record) {
    transaction.executeWithoutResult(status -> records.deleteById(record.id()));
  }
}
