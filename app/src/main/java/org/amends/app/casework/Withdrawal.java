package org.amends.app.casework;

/** A party's withdrawal and whether the case can go on without them. */
public record Withdrawal(long caseId, long partyId, PartyRole role, boolean canContinue) {}
