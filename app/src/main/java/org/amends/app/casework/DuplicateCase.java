package org.amends.app.casework;

public record DuplicateCase(long caseId, String reference) {}
