package org.amends.app.notification;

/** What became of an email request; refusals are results, not exceptions. */
public record SendResult(Outcome outcome, Long emailRecordId, String reason) {

  public enum Outcome {
    SENT,
    ALREADY_SENT,
    NOT_SENT_NO_EMAIL_CONSENT,
    NOT_SENT_NO_ADDRESS
  }

  static SendResult sent(long emailRecordId) {
    return new SendResult(Outcome.SENT, emailRecordId, null);
  }

  static SendResult alreadySent(long emailRecordId) {
    return new SendResult(
        Outcome.ALREADY_SENT, emailRecordId, "An email with this idempotency key was already sent");
  }

  static SendResult refused(Outcome outcome, String reason) {
    return new SendResult(outcome, null, reason);
  }

  /** True when the email went now or earlier under the same key. */
  public boolean delivered() {
    return outcome == Outcome.SENT || outcome == Outcome.ALREADY_SENT;
  }
}
