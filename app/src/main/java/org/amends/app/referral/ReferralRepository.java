package org.amends.app.referral;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ReferralRepository extends ListCrudRepository<Referral, Long> {

  Optional<Referral> findByCaseId(long caseId);
}
