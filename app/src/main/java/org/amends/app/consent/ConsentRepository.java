package org.amends.app.consent;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ConsentRepository extends ListCrudRepository<Consent, Long> {

  Optional<Consent> findByPartyId(long partyId);
}
