package org.amends.engine.model;

import org.amends.engine.expression.Expression;

/** Multi-instance loop characteristics, as {@code zeebe:loopCharacteristics} gives them. */
public record MultiInstance(
    boolean sequential,
    Expression inputCollection,
    String inputElement,
    String outputCollection,
    Expression outputElement,
    Expression completionCondition) {}
