package org.amends.app.facilitation;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A supervision session a facilitator had: services supervise volunteers regularly. */
@Table(schema = "amends", name = "facilitator_supervision")
public record Supervision(LocalDate supervisedOn) {}
