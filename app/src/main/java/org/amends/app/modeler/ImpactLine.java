package org.amends.app.modeler;

/** A change the draft makes to an element, and how many open cases are at that element now. */
public record ImpactLine(String sentence, long casesHere) {}
