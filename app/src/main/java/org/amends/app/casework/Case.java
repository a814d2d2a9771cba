package org.amends.app.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A restorative justice case: the app's aggregate root. Parties, notes and the other records of a
 * case are aggregates of their own that refer to it by id, because Spring Data JDBC rewrites a
 * root's child rows on every save and their ids must stay stable (consent, emails and process
 * variables point at them).
 */
@Table(schema = "amends", name = "case_file")
public record Case(
    @Id Long id,
    String reference,
    CaseStatus status,
    Stage stage,
    Area area,
    String offenceType,
    @Embedded.Empty Sensitivity sensitivity,
    Route route,
    Long processInstanceKey,
    ClosureOutcome closureOutcome,
    LocalDate closedOn,
    Instant createdAt,
    Instant updatedAt,
    @Version Long version) {

  static Case open(
      String reference, Area area, String offenceType, Sensitivity sensitivity, Instant now) {
    return new Case(
        null, reference, CaseStatus.OPEN, Stage.REFERRAL, area, offenceType, sensitivity,
        null, null, null, null, now, now, null);
  }

  public boolean isOpen() {
    return status == CaseStatus.OPEN;
  }

  Case withStage(Stage newStage, Instant now) {
    return new Case(id, reference, status, newStage, area, offenceType, sensitivity, route,
        processInstanceKey, closureOutcome, closedOn, createdAt, now, version);
  }

  Case withRoute(Route newRoute, Instant now) {
    return new Case(id, reference, status, stage, area, offenceType, sensitivity, newRoute,
        processInstanceKey, closureOutcome, closedOn, createdAt, now, version);
  }

  Case withProcessInstanceKey(long key, Instant now) {
    return new Case(id, reference, status, stage, area, offenceType, sensitivity, route,
        key, closureOutcome, closedOn, createdAt, now, version);
  }

  Case closed(ClosureOutcome outcome, LocalDate on, Instant now) {
    return new Case(id, reference, CaseStatus.CLOSED, Stage.CLOSED, area, offenceType,
        sensitivity, route, processInstanceKey, outcome, on, createdAt, now, version);
  }
}
