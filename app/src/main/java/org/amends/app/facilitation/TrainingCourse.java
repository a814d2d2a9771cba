package org.amends.app.facilitation;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A course a facilitator completed, for example "Restorative justice: sexual harm". */
@Table(schema = "amends", name = "facilitator_course")
public record TrainingCourse(String course, LocalDate completedOn) {}
