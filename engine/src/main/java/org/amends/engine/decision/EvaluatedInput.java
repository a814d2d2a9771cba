package org.amends.engine.decision;

/**
 * One input column of an evaluated decision table. {@code inputName} is the column's label (the
 * input expression when the column has none); {@code valueJson} is the input value as JSON.
 */
public record EvaluatedInput(String inputId, String inputName, String valueJson) {}
