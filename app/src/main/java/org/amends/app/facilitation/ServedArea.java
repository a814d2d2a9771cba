package org.amends.app.facilitation;

import org.amends.app.casework.Area;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "amends", name = "facilitator_area")
public record ServedArea(Area area) {}
