package org.amends.app.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends ListCrudRepository<Case, Long> {

  Optional<Case> findByProcessInstanceKey(long processInstanceKey);

  Optional<Case> findByReference(String reference);

  /** Open cases sharing a person with this one: same name and date of birth, or same email. */
  @Query("""
      select c.* from amends.case_file c
      where c.status = 'OPEN' and c.id <> :caseId and exists (
        select 1 from amends.party p join amends.party q on q.case_id = :caseId
        where p.case_id = c.id
          and ((lower(trim(p.name)) = lower(trim(q.name)) and p.date_of_birth = q.date_of_birth)
            or lower(p.email) = lower(q.email)))
      order by c.id""")
  List<Case> findOpenDuplicatesOf(@Param("caseId") long caseId);
}
