package org.amends.app.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of a radio, select or checklist: listed in the form, or from a FEEL expression or a
 * variable at run time. Each option's value is written in the page as {@link #normalised text}
 * and read back as the value the form gave it (a boolean stays a boolean, a number a number).
 */
final class FormOptions {

  record Option(Object value, String text, String label) {}

  private FormOptions() {}

  /** The options, or null when they come from the data and the data has none. */
  static List<Option> of(JsonNode component, Map<String, Object> context) {
    if (component.path("values").isArray()) {
      List<Option> options = new ArrayList<>();
      component.path("values").forEach(v -> options.add(option(jsonValue(v.path("value")), v.path("label").asText(null))));
      return options;
    }
    Object source = null;
    if (component.hasNonNull("valuesExpression")) {
      source = FormFeel.evaluate(component.get("valuesExpression").asText(), context);
    } else if (component.hasNonNull("valuesKey")) {
      source = context.get(component.get("valuesKey").asText());
    }
    if (!(source instanceof Collection<?> items)) {
      return null;
    }
    List<Option> options = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Map<?, ?> map) {
        Object label = map.get("label");
        options.add(option(map.get("value"), label == null ? null : String.valueOf(label)));
      } else {
        options.add(option(item, null));
      }
    }
    return options;
  }

  /** The option whose page text is {@code text}. */
  static Optional<Option> byText(List<Option> options, String text) {
    return options == null ? Optional.empty() : options.stream().filter(o -> o.text().equals(text)).findFirst();
  }

  private static Option option(Object value, String label) {
    String text = normalised(value);
    return new Option(value, text, label == null || label.isBlank() ? text : label);
  }

  /** How a value is written in the page and compared: 1.0 and 1 are the same. */
  static String normalised(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  static Object jsonValue(JsonNode node) {
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    return node.isNull() || node.isMissingNode() ? null : node.asText();
  }
}
