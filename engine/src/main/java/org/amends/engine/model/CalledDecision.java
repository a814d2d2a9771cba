package org.amends.engine.model;

import org.amends.engine.expression.Expression;

/** The decision a business rule task evaluates ({@code zeebe:calledDecision}) and where its result goes. */
public record CalledDecision(Expression decisionId, Binding binding, String resultVariable) {}
