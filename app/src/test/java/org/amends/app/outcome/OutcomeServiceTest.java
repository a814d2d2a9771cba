package org.amends.app.outcome;

import static org.amends.app.casework.CaseFixtures.ordinaryCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.amends.app.casework.CaseDataTest;
import org.amends.app.casework.CaseService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CaseDataTest
class OutcomeServiceTest {

  @Autowired OutcomeService outcomes;
  @Autowired CaseService cases;

  private long caseId;

  @BeforeEach
  void givenACase() {
    caseId = cases.createFromReferral(ordinaryCase("Ola Price", "Pip Reed")).caseId();
  }

  @Test
  void shouldKeepActionsInTheirAgreedOrder() {
    // when
    OutcomeAgreement saved = outcomes.record(agreement("job-1"));

    // then
    OutcomeAgreement loaded = outcomes.get(saved.id());
    assertThat(loaded.actions())
        .extracting(OutcomeAction::description)
        .containsExactly("Write a letter of apology", "Repair the fence", "Attend a course");
    assertThat(loaded.actions()).allMatch(action -> action.status() == ActionStatus.OPEN);
  }

  @Test
  void shouldRecordTheAgreementOncePerRequestKey() {
    // given
    OutcomeAgreement first = outcomes.record(agreement("job-2"));

    // when
    OutcomeAgreement again = outcomes.record(agreement("job-2"));

    // then
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(outcomes.forCase(caseId)).hasSize(1);
  }

  @Test
  void shouldUpdateOneActionByItsNumber() {
    // given
    long agreementId = outcomes.record(agreement("job-3")).id();

    // when
    outcomes.recordActionStatus(agreementId, 1, ActionStatus.COMPLETED);
    outcomes.recordHarmedInformed(agreementId, 1);

    // then
    OutcomeAgreement loaded = outcomes.get(agreementId);
    assertThat(loaded.action(0).status()).isEqualTo(ActionStatus.OPEN);
    assertThat(loaded.action(1).status()).isEqualTo(ActionStatus.COMPLETED);
    assertThat(loaded.action(1).harmedInformedAt()).isNotNull();
    assertThat(loaded.action(2).harmedInformedAt()).isNull();
  }

  @Test
  void shouldKeepTheFirstTimeTheHarmedPersonWasInformed() {
    // given
    long agreementId = outcomes.record(agreement("job-4")).id();
    var informedAt = outcomes.recordHarmedInformed(agreementId, 0).action(0).harmedInformedAt();

    // when
    outcomes.recordHarmedInformed(agreementId, 0);

    // then
    assertThat(outcomes.get(agreementId).action(0).harmedInformedAt()).isEqualTo(informedAt);
  }

  private OutcomeAgreement agreement(String requestKey) {
    return OutcomeAgreement.of(caseId, LocalDate.of(2026, 5, 1), List.of(
        OutcomeAction.open("Write a letter of apology", "Pip Reed", LocalDate.of(2026, 5, 15)),
        OutcomeAction.open("Repair the fence", "Pip Reed", LocalDate.of(2026, 6, 1)),
        OutcomeAction.open("Attend a course", "Pip Reed", LocalDate.of(2026, 7, 1))),
        requestKey);
  }
}
