package org.amends.app.modeler;

/**
 * A change the draft makes to an element, how many open cases are at that element now, and what
 * happens to them when the draft goes live.
 */
public record ImpactLine(String sentence, long casesHere, String whatHappens) {}
