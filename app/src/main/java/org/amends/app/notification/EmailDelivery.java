package org.amends.app.notification;

/** Where the sending of a recorded email got to. */
public enum EmailDelivery {
  /** Claimed and being handed to the mail server now (or an attempt died while doing so). */
  SENDING,
  /** The mail server accepted it. */
  SENT,
  /** Cut short after the message was handed over: it may have been delivered, so never resent. */
  UNCERTAIN
}
