package org.amends.app.referral;

/** A case opened from a referral with its journey running. */
public record StartedCase(long caseId, String reference, long processInstanceKey) {}
