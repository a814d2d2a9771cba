package org.amends.app.tasklist;

/** A line of a page's error summary: what is wrong and the id of the field it links to. */
public record PageProblem(String href, String message) {}
