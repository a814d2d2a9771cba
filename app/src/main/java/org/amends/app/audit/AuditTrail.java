package org.amends.app.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends to the audit log. There is no update or delete here nor anywhere else in the app, and
 * the database refuses both (V6's trigger). A case given by id gets its reference, and a case
 * given by reference its id, so that the log can be searched by either.
 */
@Component
public class AuditTrail {

  private final JdbcClient jdbc;
  private final TaskCaseLookup tasks;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, TaskCaseLookup tasks, Clock clock) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.clock = clock;
  }

  public void record(AuditEvent event) {
    Long caseId = event.caseId();
    String reference = event.caseReference();
    if (caseId == null && reference == null && event.taskKey() != null) {
      caseId = tasks.caseOf(event.taskKey()).orElse(null);
    }
    if (caseId != null && reference == null) {
      reference = referenceOf(caseId);
    } else if (caseId == null && reference != null) {
      caseId = idOf(reference);
    }
    jdbc.sql("""
            insert into amends.audit_event (occurred_at, actor_kind, actor, client_address, action,
              outcome, case_id, case_reference, task_key, subject_kind, subject_id)
            values (:at, :actorKind, :actor, :address, :action, :outcome, :caseId, :reference,
              :taskKey, :subjectKind, :subjectId)""")
        .param("at", Timestamp.from(event.occurredAt() != null ? event.occurredAt()
            : clock.instant().truncatedTo(ChronoUnit.MICROS)))
        .param("actorKind", event.actorKind().name())
        .param("actor", event.actor())
        .param("address", event.clientAddress())
        .param("action", event.action().name())
        .param("outcome", event.outcome().name())
        .param("caseId", caseId)
        .param("reference", reference)
        .param("taskKey", event.taskKey())
        .param("subjectKind", event.subjectKind())
        .param("subjectId", event.subjectId())
        .update();
  }

  private String referenceOf(long caseId) {
    List<String> found = jdbc.sql("select reference from amends.case_file where id = ?")
        .param(caseId).query(String.class).list();
    return found.isEmpty() ? null : found.get(0);
  }

  private Long idOf(String reference) {
    List<Long> found = jdbc.sql("select id from amends.case_file where reference = ?")
        .param(reference).query(Long.class).list();
    return found.isEmpty() ? null : found.get(0);
  }
}
