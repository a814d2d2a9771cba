package org.amends.app.facilitation;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AllocationRepository extends ListCrudRepository<Allocation, Long> {

  @Query("select * from amends.allocation where case_id = :caseId and ended_on is null")
  Optional<Allocation> findCurrent(@Param("caseId") long caseId);
}
