package org.amends.engine.model;

import org.amends.engine.expression.Expression;

/** A timer: a duration, a date or a cycle (R3/PT1H), static or FEEL. */
public record TimerDefinition(Kind kind, Expression expression) {

  public enum Kind {
    DURATION,
    DATE,
    CYCLE
  }
}
