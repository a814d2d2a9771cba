package org.amends.app.facilitation;

import org.springframework.data.repository.ListCrudRepository;

interface FacilitatorRepository extends ListCrudRepository<Facilitator, Long> {}
