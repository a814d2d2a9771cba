package org.amends.engine.processing;

/**
 * One piece of due work (a timer to fire, the housekeeping of expired activations and messages),
 * run by the writer between batches. The id names it so that one that keeps failing can be set
 * aside; the element instance (or -1) is where an incident says it failed.
 */
public record DueItem(String id, long elementInstanceKey, Runnable work) {}
