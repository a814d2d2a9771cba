package org.amends.app.modeler;

/** One line of a page's error summary: where the problem is (an anchor) and what it is. */
public record PageProblem(String href, String message) {}
