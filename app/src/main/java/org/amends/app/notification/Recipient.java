package org.amends.app.notification;

/** Who an email is for, by id: the service looks up their address (and their say-so). */
public record Recipient(RecipientKind kind, Long partyId, Long facilitatorId) {

  public static Recipient party(long partyId) {
    return new Recipient(RecipientKind.PARTY, partyId, null);
  }

  public static Recipient facilitator(long facilitatorId) {
    return new Recipient(RecipientKind.FACILITATOR, null, facilitatorId);
  }

  /** The person who referred the case. */
  public static Recipient referrer() {
    return new Recipient(RecipientKind.REFERRER, null, null);
  }
}
