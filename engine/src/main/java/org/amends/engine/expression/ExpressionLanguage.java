package org.amends.engine.expression;

import io.camunda.zeebe.model.bpmn.util.time.Interval;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amends.engine.clock.EngineClock;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FailedEvaluationResult;
import org.camunda.feel.api.FailedParseResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * FEEL as Zeebe uses it: expressions start with '=', anything else is a static value. Results
 * are plain Java values (String, Long, Double, Boolean, List, Map, java.time types, null), and
 * the typed evaluations fail with Zeebe's wording when the type is not the one expected.
 */
public final class ExpressionLanguage {

  private final FeelEngineApi feel;

  public ExpressionLanguage(EngineClock clock) {
    this.feel =
        FeelEngineBuilder.forJava()
            .withClock(() -> ZonedDateTime.ofInstant(clock.now(), ZoneOffset.UTC))
            .build();
  }

  /** Parses a BPMN attribute value; FEEL syntax errors throw with the parser's message. */
  public Expression parse(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    if (!trimmed.startsWith("=")) {
      return Expression.ofStatic(text);
    }
    String source = trimmed.substring(1);
    ParseResult result = feel.parseExpression(source);
    if (result instanceof FailedParseResult failed) {
      throw new ExpressionException(
          "failed to parse expression '" + source.trim() + "': " + failed.failure().message());
    }
    return new Expression(trimmed, result.parsedExpression());
  }

  /** Parses a FEEL expression that has no leading '=' (conditions, completion conditions, scripts). */
  public Expression parseFeel(String source) {
    String trimmed = source.trim();
    return parse(trimmed.startsWith("=") ? trimmed : "=" + trimmed);
  }

  public Object evaluate(Expression expression, Map<String, Object> variables) {
    if (!expression.isFeel()) {
      return expression.text();
    }
    EvaluationResult result = feel.evaluate(expression.parsed(), variables);
    if (result instanceof FailedEvaluationResult failed) {
      throw new ExpressionException(
          "failed to evaluate expression '"
              + expression.source()
              + "': "
              + failed.failure().message());
    }
    return FeelValues.toJava(result.result());
  }

  public String evaluateString(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof String s) {
      return s;
    }
    throw typeMismatch(expression, "STRING", value);
  }

  /** A string, or a number turned into text (Zeebe accepts both for correlation keys). */
  public String evaluateKey(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Long || value instanceof Integer) {
      return value.toString();
    }
    throw new ExpressionException(
        "Failed to extract the correlation key for '"
            + expression.source()
            + "': The value must be either a string or a number, but was '"
            + FeelValues.typeName(value)
            + "'.");
  }

  public long evaluateLong(Expression expression, Map<String, Object> variables) {
    Object value = expression.isFeel() ? evaluate(expression, variables) : parseNumber(expression);
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    throw typeMismatch(expression, "NUMBER", value);
  }

  public boolean evaluateBoolean(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof Boolean b) {
      return b;
    }
    throw typeMismatch(expression, "BOOLEAN", value);
  }

  public List<Object> evaluateList(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    throw typeMismatch(expression, "ARRAY", value);
  }

  /** A list of strings: a FEEL list of strings, or a static comma-separated text ("a, b"). */
  public List<String> evaluateStringList(Expression expression, Map<String, Object> variables) {
    if (!expression.isFeel()) {
      return Arrays.stream(expression.text().split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .toList();
    }
    // as in Zeebe, a FEEL expression must give a list of strings (a single string is not one)
    Object value = evaluate(expression, variables);
    if (!(value instanceof List<?> list)) {
      throw typeMismatch(expression, "ARRAY", value);
    }
    if (!list.stream().allMatch(String.class::isInstance)) {
      throw new ExpressionException(
          "Expected result of the expression '"
              + expression.source()
              + "' to be 'ARRAY' containing 'STRING' items, but was 'ARRAY' containing at least one non-'STRING' item.");
    }
    return list.stream().map(String.class::cast).toList();
  }

  /** A date and time with zone (ISO text or FEEL date and time); null when empty. */
  public OffsetDateTime evaluateDateTime(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof ZonedDateTime z) {
      return z.toOffsetDateTime();
    }
    if (value instanceof OffsetDateTime o) {
      return o;
    }
    if (value instanceof LocalDateTime l) {
      return l.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof LocalDate d) {
      return d.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof String s) {
      try {
        return ZonedDateTime.parse(s.trim()).toOffsetDateTime();
      } catch (DateTimeParseException e) {
        throw new ExpressionException(
            "Expected result of the expression '"
                + expression.source()
                + "' to be a valid date and time (e.g. 2025-01-31T12:00:00Z), but was '"
                + s
                + "'.");
      }
    }
    throw typeMismatch(expression, "DATE TIME", value);
  }

  /**
   * A duration for a timer: FEEL days-time or years-months duration, or ISO-8601 text. Years,
   * months and days stay calendar units (an {@link Interval}, as in Zeebe), not 30 or 360 days.
   */
  public Interval evaluateDuration(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof Duration d) {
      return new Interval(d);
    }
    if (value instanceof Period p) {
      return new Interval(p);
    }
    if (value instanceof String s) {
      return parseDuration(expression, s);
    }
    throw typeMismatch(expression, "DURATION", value);
  }

  /** Variables in a FEEL context, JSON-friendly (dates as ISO text). */
  public Map<String, Object> evaluateContext(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach((k, v) -> result.put(String.valueOf(k), v));
      return result;
    }
    throw typeMismatch(expression, "CONTEXT", value);
  }

  static Interval parseDuration(Expression expression, String text) {
    try {
      Interval interval = Interval.parse(text.trim());
      if (interval.getStart().isPresent()) {
        throw new DateTimeParseException("a duration has no start", text, 0);
      }
      return interval;
    } catch (DateTimeParseException e) {
      throw new ExpressionException(
          "Invalid duration format '" + text + "' for expression '" + expression.source() + "'");
    }
  }

  private static Object parseNumber(Expression expression) {
    try {
      return new BigDecimal(expression.text().trim());
    } catch (NumberFormatException e) {
      throw typeMismatch(expression, "NUMBER", expression.text());
    }
  }

  private static ExpressionException typeMismatch(Expression expression, String expected, Object value) {
    return new ExpressionException(
        "Expected result of the expression '"
            + expression.source()
            + "' to be '"
            + expected
            + "', but was '"
            + FeelValues.typeName(value)
            + "'.");
  }
}
