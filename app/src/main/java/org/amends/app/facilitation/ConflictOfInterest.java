package org.amends.app.facilitation;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A facilitator who must not work a case (they know someone in it, say), recorded on the case. */
@Table(schema = "amends", name = "facilitator_conflict")
public record ConflictOfInterest(long caseId, long facilitatorId, String recordedBy,
    LocalDate recordedOn) {}
