package org.amends.app.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Erases a person when nothing requires their data to be kept; otherwise says why not. */
@Service
class Erasure {

  private final People people;
  private final ErasurePolicy policy;
  private final Anonymiser anonymiser;
  private final Clock clock;

  Erasure(People people, ErasurePolicy policy, Anonymiser anonymiser, Clock clock) {
    this.people = people;
    this.policy = policy;
    this.anonymiser = anonymiser;
    this.clock = clock;
  }

  sealed interface Result permits Erased, Refused {}

  record Erased(Map<String, Integer> rowsPerTable) implements Result {}

  record Refused(List<String> reasons) implements Result {}

  @Transactional
  Result erase(Person person) {
    // checked again inside the transaction: the case may have changed since the page was shown
    Person now = people.find(person.kind(), person.id()).orElseThrow();
    List<String> reasons = policy.reasonsToKeep(now);
    if (!reasons.isEmpty()) {
      return new Refused(reasons);
    }
    return new Erased(anonymiser.anonymise(now.kind(), now.id(), LocalDate.now(clock)));
  }
}
