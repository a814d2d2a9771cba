package org.amends.app.facilitation;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The two facilitators a coordinator chose for a case; ended when they are replaced. */
@Table(schema = "amends", name = "allocation")
public record Allocation(
    @Id Long id,
    long caseId,
    long firstFacilitatorId,
    long secondFacilitatorId,
    String allocatedBy,
    LocalDate allocatedOn,
    LocalDate endedOn) {

  boolean isPair(long first, long second) {
    return (firstFacilitatorId == first && secondFacilitatorId == second)
        || (firstFacilitatorId == second && secondFacilitatorId == first);
  }

  Allocation ended(LocalDate on) {
    return new Allocation(
        id, caseId, firstFacilitatorId, secondFacilitatorId, allocatedBy, allocatedOn, on);
  }
}
