package org.amends.app.casework;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface PartyRepository extends ListCrudRepository<Party, Long> {

  List<Party> findByCaseIdOrderById(long caseId);
}
