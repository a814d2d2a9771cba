package org.amends.app.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ContactLogRepository extends ListCrudRepository<ContactLog, Long> {

  Optional<ContactLog> findByRequestKey(String requestKey);

  List<ContactLog> findByCaseIdOrderByContactedAt(long caseId);

  int countByPartyId(long partyId);
}
