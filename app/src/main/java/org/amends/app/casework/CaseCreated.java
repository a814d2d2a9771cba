package org.amends.app.casework;

import java.util.List;

/** The new case's id and reference, and its parties' ids in the order the referral gave them. */
public record CaseCreated(long caseId, String reference, List<Long> partyIds) {}
