package org.amends.app.outcome;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface OutcomeAgreementRepository extends ListCrudRepository<OutcomeAgreement, Long> {

  Optional<OutcomeAgreement> findByRequestKey(String requestKey);

  List<OutcomeAgreement> findByCaseIdOrderById(long caseId);
}
