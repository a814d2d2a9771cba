package org.amends.engine.model;

import org.amends.engine.expression.Expression;

/** A sequence flow with its optional FEEL condition. */
public final class ExecutableFlow {

  private final String id;
  private final ExecutableElement source;
  private final ExecutableElement target;
  private final Expression condition;

  public ExecutableFlow(
      String id, ExecutableElement source, ExecutableElement target, Expression condition) {
    this.id = id;
    this.source = source;
    this.target = target;
    this.condition = condition;
  }

  public String id() {
    return id;
  }

  public ExecutableElement source() {
    return source;
  }

  public ExecutableElement target() {
    return target;
  }

  public Expression condition() {
    return condition;
  }
}
