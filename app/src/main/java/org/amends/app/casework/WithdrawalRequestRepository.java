package org.amends.app.casework;

import org.springframework.data.repository.ListCrudRepository;

interface WithdrawalRequestRepository extends ListCrudRepository<WithdrawalRequest, Long> {}
