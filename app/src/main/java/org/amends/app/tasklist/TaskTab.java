package org.amends.app.tasklist;

/** A tab of the tasklist with how many tasks it holds. */
public record TaskTab(String label, String href, long count, boolean current) {}
