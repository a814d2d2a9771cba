package org.amends.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns the API's filter properties into SQL conditions. A property is either a plain value
 * ({@code "elementId":"task"}, meaning equals) or an operator object ({@code {"$eq":..,
 * "$in":[..]}}); empty lists and nulls are no constraint, as the client sends them by default.
 */
public final class Conditions {

  private final String schema;

  Conditions(String schema) {
    this.schema = schema;
  }

  /** SQL with the {@code {s}} placeholder replaced by the engine's schema. */
  public String sql(String template) {
    return template.replace("{s}", schema);
  }

  /** Adds the conditions of a filter object for the spec's fields, its custom filters and $or. */
  void filter(SearchSpec spec, JsonNode filter, Where where) {
    if (filter == null || filter.isNull()) {
      return;
    }
    if (!filter.isObject()) {
      throw new InvalidSearch("The filter must be a JSON object, but was: " + filter);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      if (isEmpty(value)) {
        continue;
      }
      if (name.equals("$or") && spec.allowsOr()) {
        orFilter(spec, value, where);
      } else if (spec.custom(name) != null) {
        spec.custom(name).apply(value, where, this);
      } else if (spec.field(name) != null && spec.filterable(name)) {
        property(name, spec.field(name), value, where);
      } else {
        throw new InvalidSearch(
            "The filter property '" + name + "' is not supported in " + spec.name() + " searches");
      }
    }
  }

  private void orFilter(SearchSpec spec, JsonNode value, Where where) {
    if (!value.isArray()) {
      throw new InvalidSearch("The filter property '$or' must be a list of filters");
    }
    List<Where> alternatives = new ArrayList<>();
    for (JsonNode alternative : value) {
      Where part = new Where();
      filter(spec, alternative, part);
      alternatives.add(part);
    }
    where.addAny(alternatives);
  }

  /** Adds the conditions of one property, plain value or operator object. */
  public void property(String name, Field field, JsonNode value, Where where) {
    String sql = "(" + sql(field.sql()) + ")";
    if (!value.isObject()) {
      where.add(sql + " = ?", bind(name, field, value));
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String operator = entry.getKey();
      JsonNode operand = entry.getValue();
      if (operand == null || operand.isNull()) {
        continue;
      }
      switch (operator) {
        case "$eq" -> where.add(sql + " = ?", bind(name, field, operand));
        case "$neq" -> where.add(sql + " is distinct from ?", bind(name, field, operand));
        case "$exists" -> {
          if (!operand.isBoolean()) {
            throw new InvalidSearch("The operator '$exists' of filter property '" + name + "' expects true or false");
          }
          where.add(sql + (operand.booleanValue() ? " is not null" : " is null"));
        }
        case "$gt", "$gte", "$lt", "$lte" -> {
          requireOrdered(name, field, operator);
          where.add(sql + " " + comparison(operator) + " ?", bind(name, field, operand));
        }
        case "$like" -> {
          if (field.type() != FieldType.STRING) {
            throw new InvalidSearch("The operator '$like' is not supported for filter property '" + name + "'");
          }
          where.add(sql + " like ? escape '\\'", like(name, operand));
        }
        case "$in", "$notIn" -> {
          List<Object> values = list(name, field, operator, operand);
          if (!values.isEmpty()) {
            String placeholders = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
            where.add(
                operator.equals("$in")
                    ? sql + " in (" + placeholders + ")"
                    : "(" + sql + " is null or " + sql + " not in (" + placeholders + "))",
                values.toArray());
          }
        }
        default -> throw new InvalidSearch(
            "The operator '" + operator + "' of filter property '" + name + "' is not supported");
      }
    }
  }

  private static String comparison(String operator) {
    return switch (operator) {
      case "$gt" -> ">";
      case "$gte" -> ">=";
      case "$lt" -> "<";
      default -> "<=";
    };
  }

  private static void requireOrdered(String name, Field field, String operator) {
    if (field.type() == FieldType.STRING || field.type() == FieldType.BOOLEAN) {
      throw new InvalidSearch("The operator '" + operator + "' is not supported for filter property '" + name + "'");
    }
  }

  private List<Object> list(String name, Field field, String operator, JsonNode operand) {
    if (!operand.isArray()) {
      throw new InvalidSearch("The operator '" + operator + "' of filter property '" + name + "' expects a list");
    }
    List<Object> values = new ArrayList<>();
    for (JsonNode element : operand) {
      if (!element.isNull()) {
        values.add(bind(name, field, element));
      }
    }
    return values;
  }

  /** Camunda's wildcards: {@code *} any characters, {@code ?} one; SQL's own are escaped. */
  private static String like(String name, JsonNode operand) {
    if (!operand.isTextual()) {
      throw new InvalidSearch("The operator '$like' of filter property '" + name + "' expects text");
    }
    StringBuilder pattern = new StringBuilder();
    String text = operand.textValue();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> {
          if (i + 1 < text.length()) {
            char next = text.charAt(++i);
            if (next == '%' || next == '_' || next == '\\') {
              pattern.append('\\');
            }
            pattern.append(next);
          } else {
            pattern.append("\\\\");
          }
        }
        case '*' -> pattern.append('%');
        case '?' -> pattern.append('_');
        case '%', '_' -> pattern.append('\\').append(c);
        default -> pattern.append(c);
      }
    }
    return pattern.toString();
  }

  /** A request value as the Java value bound for the field's type; wrong types name the field. */
  static Object bind(String name, Field field, JsonNode value) {
    if (value.isContainerNode()) {
      throw new InvalidSearch("The filter property '" + name + "' expects a single value, but got: " + value);
    }
    Object bound = switch (field.type()) {
      case STRING -> {
        if (!value.isValueNode()) {
          throw new InvalidSearch("The filter property '" + name + "' expects text");
        }
        yield value.asText();
      }
      case KEY -> key(name, value);
      case INTEGER -> {
        if (value.canConvertToInt() && (value.isIntegralNumber() || value.isTextual())) {
          yield value.isTextual() ? parseInt(name, value.asText()) : value.intValue();
        }
        if (value.isTextual()) {
          yield parseInt(name, value.asText());
        }
        throw new InvalidSearch("The filter property '" + name + "' expects a whole number, but got: " + value);
      }
      case DATE -> {
        try {
          yield OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
          throw new InvalidSearch(
              "The filter property '" + name + "' expects an ISO-8601 date-time such as "
                  + "'2025-01-31T10:15:30.000Z', but got: " + value);
        }
      }
      case BOOLEAN -> {
        if (value.isBoolean()) {
          yield value.booleanValue();
        }
        if (value.isTextual() && ("true".equals(value.asText()) || "false".equals(value.asText()))) {
          yield Boolean.parseBoolean(value.asText());
        }
        throw new InvalidSearch("The filter property '" + name + "' expects true or false, but got: " + value);
      }
    };
    if (!field.allowedValues().isEmpty() && !field.allowedValues().contains(bound.toString())) {
      throw new InvalidSearch(
          "The filter property '" + name + "' expects one of " + new java.util.TreeSet<>(field.allowedValues())
              + ", but got: " + value);
    }
    return bound;
  }

  static long key(String name, JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    try {
      return Long.parseLong(value.asText());
    } catch (NumberFormatException e) {
      throw new InvalidSearch("The filter property '" + name + "' expects a key (a number), but got: " + value);
    }
  }

  private static int parseInt(String name, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidSearch("The filter property '" + name + "' expects a whole number, but got: '" + text + "'");
    }
  }

  /** Null, empty lists and empty objects are "no constraint". */
  static boolean isEmpty(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return true;
    }
    if (value.isArray()) {
      return value.isEmpty();
    }
    if (value.isObject()) {
      for (JsonNode child : value) {
        if (!isEmpty(child)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
