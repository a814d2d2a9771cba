package org.amends.app.outcome;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** Something the harmer (or another party) agreed to do, by a date; the harmed person is told. */
@Table(schema = "amends", name = "outcome_action")
public record OutcomeAction(
    String description,
    String owner,
    LocalDate dueOn,
    ActionStatus status,
    Instant harmedInformedAt) {

  public static OutcomeAction open(String description, String owner, LocalDate dueOn) {
    return new OutcomeAction(description, owner, dueOn, ActionStatus.OPEN, null);
  }

  OutcomeAction withStatus(ActionStatus newStatus) {
    return new OutcomeAction(description, owner, dueOn, newStatus, harmedInformedAt);
  }

  OutcomeAction informed(Instant at) {
    return new OutcomeAction(description, owner, dueOn, status, at);
  }
}
