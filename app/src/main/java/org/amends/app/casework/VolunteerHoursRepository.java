package org.amends.app.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface VolunteerHoursRepository extends ListCrudRepository<VolunteerHours, Long> {

  Optional<VolunteerHours> findByRequestKey(String requestKey);

  List<VolunteerHours> findByCaseIdOrderByWorkedOn(long caseId);

  List<VolunteerHours> findByFacilitatorIdAndCaseIdIsNullOrderByWorkedOnDesc(long facilitatorId);

  List<VolunteerHours> findTop50ByCaseIdIsNullOrderByWorkedOnDescIdDesc();
}
