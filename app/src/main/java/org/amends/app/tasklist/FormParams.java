package org.amends.app.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task form's answers as the page's form fields carry them, and back. A field's name is its
 * key, under the path of its groups ({@code address.street}); an item of a dynamic list is
 * {@code actions[0].description}, and {@code _items.actions} says how many items there are; a
 * date is three boxes ({@code contactedOn-day}, {@code -month}, {@code -year}) and a time one
 * ({@code -time}). Reading turns each answer back into the value the process expects: an option
 * into its value (a boolean stays a boolean), a number into a number, a date into ISO
 * {@code yyyy-MM-dd}.
 */
final class FormParams {

  static final String ITEMS = "_items.";

  /** The answers as the process takes them, and the problems found reading dates, by anchor. */
  record Read(Map<String, Object> data, Map<String, FormDates.Read> dateProblems) {}

  private FormParams() {}

  /** The form fields showing {@code data} (a list without data shows its default number of items). */
  static Map<String, List<String>> write(JsonNode form, Map<String, Object> data) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    write(form.path("components"), "", "", data, params);
    return params;
  }

  private static void write(JsonNode components, String prefix, String scope, Map<?, ?> data,
      Map<String, List<String>> params) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (type.equals("group")) {
        write(component.path("components"), prefix, scope + dotted(component.path("path").asText("")), data, params);
      } else if (type.equals("dynamiclist")) {
        String list = scope + component.path("path").asText("");
        Object items = valueAt(data, list);
        int count = items instanceof List<?> values ? values.size() : component.path("defaultRepetitions").asInt(1);
        params.put(ITEMS + prefix + list, List.of(String.valueOf(count)));
        for (int i = 0; i < count; i++) {
          Object item = items instanceof List<?> values && values.get(i) instanceof Map<?, ?> map ? map : Map.of();
          write(component.path("components"), prefix + list + "[" + i + "].", "", (Map<?, ?>) item, params);
        }
      } else if (component.hasNonNull("key")) {
        String key = scope + component.path("key").asText();
        Object value = valueAt(data, key);
        if (value == null && component.has("defaultValue")) {
          value = FormOptions.jsonValue(component.get("defaultValue"));
        }
        writeValue(component, type, prefix + key, value, params);
      }
    }
  }

  private static void writeValue(JsonNode component, String type, String name, Object value,
      Map<String, List<String>> params) {
    if (type.equals("datetime")) {
      FormDates.split(value).forEach((part, text) -> params.put(name + "-" + part, List.of(text)));
    } else if (type.equals("checklist")) {
      params.put(name, value instanceof Collection<?> chosen
          ? chosen.stream().map(FormOptions::normalised).toList() : List.of());
    } else if (type.equals("checkbox")) {
      params.put(name, Boolean.TRUE.equals(value) ? List.of("true") : List.of());
    } else if (value != null) {
      params.put(name, List.of(FormOptions.normalised(value)));
    }
  }

  /** The answers in {@code params}; {@code context} gives option lists that come from the data. */
  static Read read(JsonNode form, Map<String, List<String>> params, Map<String, Object> context) {
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, FormDates.Read> problems = new LinkedHashMap<>();
    read(form.path("components"), "", "", null, params, context, data, problems);
    return new Read(data, problems);
  }

  /** The answers of one item of a dynamic list, whose fields' names start with {@code prefix}. */
  static Map<String, Object> readItem(JsonNode components, String prefix, Map<String, List<String>> params,
      Map<String, Object> context) {
    Map<String, Object> item = new LinkedHashMap<>();
    read(components, prefix, "", null, params, context, item, new LinkedHashMap<>());
    return item;
  }

  private static void read(JsonNode components, String prefix, String scope, Integer index,
      Map<String, List<String>> params, Map<String, Object> context, Map<String, Object> data,
      Map<String, FormDates.Read> problems) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (type.equals("group")) {
        read(component.path("components"), prefix, scope + dotted(component.path("path").asText("")), index,
            params, context, data, problems);
      } else if (type.equals("dynamiclist")) {
        String list = scope + component.path("path").asText("");
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < count(params, prefix + list); i++) {
          Map<String, Object> item = new LinkedHashMap<>();
          read(component.path("components"), prefix + list + "[" + i + "].", "", i, params, context, item, problems);
          items.add(item);
        }
        FormCheck.put(data, path(list), items);
      } else if (component.hasNonNull("key")) {
        String key = scope + component.path("key").asText();
        Object value = readValue(component, type, prefix + key, params, context);
        if (value instanceof FormDates.Read date) {
          if (date.problem() != null) {
            problems.put(anchor(component, index), date);
          }
          value = date.value();
        }
        if (value != null) {
          FormCheck.put(data, path(key), value);
        }
      }
    }
  }

  private static Object readValue(JsonNode component, String type, String name, Map<String, List<String>> params,
      Map<String, Object> context) {
    List<String> values = params.getOrDefault(name, List.of());
    String text = values.isEmpty() ? null : values.get(0);
    return switch (type) {
      case "datetime" -> {
        Map<String, String> boxes = new HashMap<>();
        FormDates.PARTS.forEach(part -> boxes.put(part, first(params, name + "-" + part)));
        yield FormDates.read(component, boxes);
      }
      case "checkbox" -> "true".equals(text);
      case "checklist" -> values.stream().filter(v -> !v.isBlank())
          .map(v -> FormOptions.byText(FormOptions.of(component, context), v).map(FormOptions.Option::value).orElse(v))
          .toList();
      case "radio", "select" -> text == null || text.isBlank() ? null
          : FormOptions.byText(FormOptions.of(component, context), text).map(FormOptions.Option::value).orElse(text);
      case "number" -> number(component, text);
      default -> text;
    };
  }

  private static Object number(JsonNode component, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (component.path("serializeToString").asBoolean(false)) {
      return text.trim();
    }
    try {
      BigDecimal number = new BigDecimal(text.trim().replace(",", ""));
      try {
        return number.stripTrailingZeros().scale() <= 0 ? (Object) number.longValueExact() : number;
      } catch (ArithmeticException e) {
        return number;
      }
    } catch (NumberFormatException e) {
      return text; // the form's check says it must be a number
    }
  }

  static int count(Map<String, List<String>> params, String list) {
    try {
      return Math.max(0, Math.min(100, Integer.parseInt(first(params, ITEMS + list).trim())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The anchor of a field's problem, as {@link FormCheck.Problem#anchor()} names it. */
  static String anchor(JsonNode component, Integer index) {
    String id = component.path("id").asText();
    return index == null ? id : id + "_" + index;
  }

  static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
  }

  private static String dotted(String path) {
    return path.isBlank() ? "" : path + ".";
  }

  private static List<String> path(String dotted) {
    return List.of(dotted.split("\\."));
  }

  private static Object valueAt(Map<?, ?> data, String dotted) {
    Object current = data;
    for (String part : dotted.split("\\.")) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(part);
    }
    return current;
  }
}
