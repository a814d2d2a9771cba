package org.amends.engine.decision;

/** A decision of a parsed DRG: what a deployment records as a decision definition. */
public record DecisionInfo(String id, String name, DecisionType type) {}
