package org.amends.app.casework;

/**
 * One party's answer when contacted, as the record-contact form gave it. {@code
 * acceptsResponsibility} is asked only of a harmer who wants to take part; null otherwise.
 */
public record ContactAnswer(long partyId, String outcome, Boolean acceptsResponsibility) {}
