package org.amends.app.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CaseNoteRepository extends ListCrudRepository<CaseNote, Long> {

  Optional<CaseNote> findByRequestKey(String requestKey);

  List<CaseNote> findByCaseIdOrderByWrittenAt(long caseId);
}
