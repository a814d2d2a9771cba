package org.amends.engine.deployment;

import java.util.List;
import org.amends.engine.expression.Expression;
import org.amends.engine.expression.ExpressionException;
import org.amends.engine.expression.ExpressionLanguage;

/**
 * One resource being transformed: where its problems are collected, each naming the resource,
 * the element and its line, and the parsing of its expressions (a bad one is a problem, not a
 * failure, so that every problem of the resource is reported at once).
 */
final class TransformContext {

  private final String resource;
  private final XmlLines lines;
  private final List<String> problems;
  private final ExpressionLanguage expressions;

  TransformContext(String resource, XmlLines lines, List<String> problems, ExpressionLanguage expressions) {
    this.resource = resource;
    this.lines = lines;
    this.problems = problems;
    this.expressions = expressions;
  }

  void reject(String elementId, String problem) {
    problems.add(where(resource, elementId, lines) + ": " + problem);
  }

  static String where(String resource, String id, XmlLines lines) {
    return id == null
        ? "'" + resource + "'"
        : "'" + resource + "': element '" + id + "'" + lines.at(id);
  }

  /** An expression (FEEL when it starts with '='), or null for no text. */
  Expression parse(String id, String text) {
    if (text == null) {
      return null;
    }
    try {
      return expressions.parse(text);
    } catch (ExpressionException e) {
      reject(id, e.getMessage());
      return Expression.ofStatic(text);
    }
  }

  /** An expression, or null for no text or blank text. */
  Expression parseOptional(String id, String text) {
    return text == null || text.isBlank() ? null : parse(id, text);
  }

  /** A FEEL expression whose '=' prefix is optional (conditions). */
  Expression feel(String id, String text) {
    try {
      return expressions.parseFeel(text);
    } catch (ExpressionException e) {
      reject(id, e.getMessage());
      return Expression.ofStatic(text);
    }
  }
}
