package org.amends.app.followup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface SurveyResponseRepository extends ListCrudRepository<SurveyResponse, Long> {

  Optional<SurveyResponse> findByRequestKey(String requestKey);

  List<SurveyResponse> findByCaseIdOrderByReceivedAt(long caseId);
}
