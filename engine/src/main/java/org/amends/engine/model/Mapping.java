package org.amends.engine.model;

import org.amends.engine.expression.Expression;

/** An input or output mapping: the value of {@code source} is written to {@code target}. */
public record Mapping(Expression source, String target) {}
