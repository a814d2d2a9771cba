package org.amends.engine.model;

import org.amends.engine.expression.Expression;

/** What a call activity starts ({@code zeebe:calledElement}) and which variables it passes. */
public record CalledProcess(
    Expression processId, Binding binding, boolean propagateAllChildVariables, boolean propagateAllParentVariables) {}
