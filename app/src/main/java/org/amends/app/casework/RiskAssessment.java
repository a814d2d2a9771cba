package org.amends.app.casework;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "amends", name = "risk_assessment")
public record RiskAssessment(
    @Id Long id,
    long caseId,
    AssessmentKind kind,
    RiskLevel riskOfFurtherHarm,
    String vulnerability,
    String safeguardingConcerns,
    String substanceMisuse,
    String mentalHealth,
    String disabilityAndAccessNeeds,
    String languageAndInterpreter,
    AssessmentOutcome outcome,
    String conditions,
    String assessedBy,
    LocalDate assessedOn,
    String requestKey) {}
