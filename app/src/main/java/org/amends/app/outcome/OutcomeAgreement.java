package org.amends.app.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The outcome agreement or action plan of a case. Its actions are numbered from 0 by their place
 * in the list; the process refers to an action by the agreement's id and that number.
 */
@Table(schema = "amends", name = "outcome_agreement")
public record OutcomeAgreement(
    @Id Long id,
    long caseId,
    LocalDate agreedOn,
    String requestKey,
    @MappedCollection(idColumn = "outcome_agreement_id", keyColumn = "number")
        List<OutcomeAction> actions,
    @Version Long version) {

  public static OutcomeAgreement of(
      long caseId, LocalDate agreedOn, List<OutcomeAction> actions, String requestKey) {
    return new OutcomeAgreement(null, caseId, agreedOn, requestKey, List.copyOf(actions), null);
  }

  public OutcomeAction action(int number) {
    if (number < 0 || number >= actions.size()) {
      throw new IllegalArgumentException("Agreement " + id + " has no action " + number);
    }
    return actions.get(number);
  }

  OutcomeAgreement withAction(int number, UnaryOperator<OutcomeAction> change) {
    List<OutcomeAction> changed = new ArrayList<>(actions);
    changed.set(number, change.apply(action(number)));
    return new OutcomeAgreement(id, caseId, agreedOn, requestKey, changed, version);
  }
}
