package org.amends.app.audit;

import org.amends.app.web.DateParts;

/** The audit page's search, as typed: a case reference or a staff username, and a date range. */
public class AuditSearchForm {

  static final int MAX_USERNAME = 100;

  private String reference;
  private String username;
  private DateParts from = new DateParts();
  private DateParts to = new DateParts();

  String trimmedReference() {
    return reference == null || reference.isBlank() ? null : reference.trim().toUpperCase();
  }

  String trimmedUsername() {
    return username == null || username.isBlank() ? null : username.trim();
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public DateParts getFrom() {
    return from;
  }

  public void setFrom(DateParts from) {
    this.from = from;
  }

  public DateParts getTo() {
    return to;
  }

  public void setTo(DateParts to) {
    this.to = to;
  }
}
