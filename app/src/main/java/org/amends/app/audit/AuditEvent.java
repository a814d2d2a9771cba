package org.amends.app.audit;

import java.time.Instant;

/**
 * One row of the audit log. Actor is a staff username or a partner agency's name (null for the
 * public and the system); the rest are references and ids.
 */
public record AuditEvent(
    Long id,
    Instant occurredAt,
    ActorKind actorKind,
    String actor,
    String clientAddress,
    AuditAction action,
    Outcome outcome,
    Long caseId,
    String caseReference,
    Long taskKey,
    String subjectKind,
    String subjectId) {

  public enum ActorKind { STAFF, PARTNER, PUBLIC, SYSTEM }

  /** DONE: it happened; REFUSED: the request was turned down (a mistake in a form, 4xx); FAILED: an error. */
  public enum Outcome { DONE, REFUSED, FAILED }

  /** Something the app did by itself (a scheduled job), on no case in particular. */
  public static AuditEvent bySystem(AuditAction action, String subjectKind, String subjectId) {
    return new AuditEvent(null, null, ActorKind.SYSTEM, null, null, action, Outcome.DONE,
        null, null, null, subjectKind, subjectId);
  }

  public String actionLabel() {
    return action.label();
  }
}
