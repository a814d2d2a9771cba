package org.amends.app.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * The FEEL of a task form (conditions, option lists, text templates), evaluated on the server by
 * the FEEL engine the way form-js evaluates it in the browser: an expression that fails to
 * evaluate gives null.
 */
final class FormFeel {

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

  private FormFeel() {}

  /** The value of {@code expression} ("=..." or bare) in {@code context}, or null when it fails. */
  static Object evaluate(String expression, Map<String, Object> context) {
    String source = expression.trim().startsWith("=") ? expression.trim().substring(1) : expression;
    try {
      EvaluationResult result = FEEL.evaluateExpression(source, context);
      return result.isSuccess() ? result.result() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Whether the component's {@code conditional.hide} holds in {@code context}. */
  static boolean hidden(JsonNode component, Map<String, Object> context) {
    String hide = hideExpression(component);
    return hide != null && Boolean.TRUE.equals(evaluate(hide, context));
  }

  static String hideExpression(JsonNode component) {
    JsonNode hide = component.path("conditional").path("hide");
    return hide.isTextual() && !hide.asText().isBlank() ? hide.asText() : null;
  }
}
