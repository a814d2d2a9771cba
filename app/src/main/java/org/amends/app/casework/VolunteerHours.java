package org.amends.app.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Time a facilitator gave to a case, or to the service outside cases ({@code caseId} null): the
 * service reports volunteer hours.
 */
@Table(schema = "amends", name = "volunteer_hours")
public record VolunteerHours(
    @Id Long id,
    long facilitatorId,
    Long caseId,
    VolunteerActivity activity,
    LocalDate workedOn,
    BigDecimal hours,
    String requestKey) {}
