package org.amends.app.casework;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface RiskAssessmentRepository extends ListCrudRepository<RiskAssessment, Long> {

  Optional<RiskAssessment> findByRequestKey(String requestKey);

  Optional<RiskAssessment> findFirstByCaseIdAndKindOrderByIdDesc(long caseId, AssessmentKind kind);
}
