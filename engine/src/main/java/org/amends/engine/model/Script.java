package org.amends.engine.model;

import org.amends.engine.expression.Expression;

/** A script task's FEEL expression ({@code zeebe:script}) and the variable its result goes to. */
public record Script(Expression expression, String resultVariable) {}
