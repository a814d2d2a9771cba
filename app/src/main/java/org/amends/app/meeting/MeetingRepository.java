package org.amends.app.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

  Optional<Meeting> findByRequestKey(String requestKey);

  List<Meeting> findByCaseIdOrderByStartsAt(long caseId);
}
