package org.amends.app.notification;

public enum RecipientKind {
  PARTY,
  FACILITATOR,
  REFERRER
}
