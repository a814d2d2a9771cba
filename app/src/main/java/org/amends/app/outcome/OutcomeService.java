package org.amends.app.outcome;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OutcomeService {

  private final OutcomeAgreementRepository agreements;
  private final Clock clock;

  OutcomeService(OutcomeAgreementRepository agreements, Clock clock) {
    this.agreements = agreements;
    this.clock = clock;
  }

  /** Records the agreement; the same request key again returns the first one. */
  @Transactional
  public OutcomeAgreement record(OutcomeAgreement agreement) {
    if (agreement.requestKey() == null) {
      return agreements.save(agreement);
    }
    return agreements.findByRequestKey(agreement.requestKey())
        .orElseGet(() -> agreements.save(agreement));
  }

  public OutcomeAgreement get(long agreementId) {
    return agreements.findById(agreementId)
        .orElseThrow(() -> new NoSuchElementException("No outcome agreement with id " + agreementId));
  }

  public List<OutcomeAgreement> forCase(long caseId) {
    return agreements.findByCaseIdOrderById(caseId);
  }

  @Transactional
  public OutcomeAgreement recordActionStatus(long agreementId, int number, ActionStatus status) {
    OutcomeAgreement agreement = get(agreementId);
    if (agreement.action(number).status() == status) {
      return agreement;
    }
    return agreements.save(agreement.withAction(number, action -> action.withStatus(status)));
  }

  /** Notes when the harmed person was told about the action; the first time is kept. */
  @Transactional
  public OutcomeAgreement recordHarmedInformed(long agreementId, int number) {
    OutcomeAgreement agreement = get(agreementId);
    if (agreement.action(number).harmedInformedAt() != null) {
      return agreement;
    }
    return agreements.save(
        agreement.withAction(number, action -> action.informed(clock.instant().truncatedTo(ChronoUnit.MICROS))));
  }
}
