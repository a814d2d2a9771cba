package org.amends.engine.expression;

import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * A value from a BPMN attribute: a FEEL expression when it starts with {@code =}, otherwise a
 * static text. FEEL is parsed once, at deployment.
 */
public record Expression(String text, ParsedExpression parsed) {

  public boolean isFeel() {
    return parsed != null;
  }

  /** The FEEL source without its leading '=', or the static text. */
  public String source() {
    return isFeel() ? text.substring(text.indexOf('=') + 1).trim() : text;
  }

  public static Expression ofStatic(String text) {
    return new Expression(text, null);
  }
}
