package org.amends.app.casework;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "amends", name = "case_note")
public record CaseNote(
    @Id Long id, long caseId, String text, String writtenBy, Instant writtenAt, String requestKey) {}
