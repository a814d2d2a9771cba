package org.amends.app.tasklist;

/** A tab of the tasklist with how many tasks it holds ("10,000+" past the engine's count cap). */
public record TaskTab(String label, String href, String count, boolean current) {}
