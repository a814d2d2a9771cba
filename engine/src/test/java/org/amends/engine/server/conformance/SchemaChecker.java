package org.amends.engine.server.conformance;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a JSON body against one of the Camunda client's generated 8.8 REST models: no property
 * the schema lacks, each value of the model's Java type (recursively through nested models, lists
 * and maps), and every declared property present and non-null unless {@link SchemaAllowances}
 * says Camunda may leave it out. The models' properties are read by Jackson introspection, so a
 * property the client knows is never missed here.
 */
final class SchemaChecker {

  /** The generated models' placeholder for values an older client does not know; never a real value. */
  private static final String UNKNOWN_ENUM = "UNKNOWN_DEFAULT_OPEN_API";
  private static final String MODEL_PACKAGE = "io.camunda.client.protocol.rest";

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<Class<?>, Map<String, JavaType>> properties = new ConcurrentHashMap<>();
  private final Map<Class<?>, Set<String>> enumValues = new ConcurrentHashMap<>();
  private final SchemaAllowances allowances;

  SchemaChecker(SchemaAllowances allowances) {
    this.allowances = allowances;
  }

  /** What is wrong with the body, each as "{@code $.json.path} message"; empty when it conforms. */
  List<String> check(JsonNode body, Class<?> model) {
    return check(body, mapper.constructType(model));
  }

  List<String> check(JsonNode body, JavaType schema) {
    List<String> violations = new ArrayList<>();
    check(body, schema, "$", violations);
    return violations;
  }

  private void check(JsonNode value, JavaType type, String path, List<String> violations) {
    Class<?> raw = type.getRawClass();
    if (raw == Object.class) {
      return;
    }
    if (value == null || value.isNull()) {
      violations.add(path + " is null");
    } else if (raw.isEnum()) {
      checkEnum(value, raw, path, violations);
    } else if (raw.getPackageName().equals(MODEL_PACKAGE)) {
      checkModel(value, raw, path, violations);
    } else if (Collection.class.isAssignableFrom(raw)) {
      checkArray(value, type.getContentType(), path, violations);
    } else if (Map.class.isAssignableFrom(raw)) {
      checkMap(value, type.getContentType(), path, violations);
    } else {
      checkScalar(value, raw, path, violations);
    }
  }

  private void checkModel(JsonNode value, Class<?> model, String path, List<String> violations) {
    if (!value.isObject()) {
      violations.add(path + " is " + kind(value) + ", not an object (" + name(model) + ")");
      return;
    }
    Map<String, JavaType> declared = properties(model);
    for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!declared.containsKey(name)) {
        violations.add(path + "." + name + " is not a property of " + name(model));
      }
    }
    declared.forEach((name, type) -> {
      JsonNode property = value.get(name);
      String propertyPath = path + "." + name;
      if (property == null || property.isNull()) {
        if (!allowances.mayBeAbsent(model, name, value)) {
          violations.add(propertyPath + " is " + (property == null ? "missing" : "null")
              + " (" + name(model) + " declares it)");
        }
      } else {
        check(property, type, propertyPath, violations);
        if (isDateTime(name, type)) {
          checkDateTime(property, propertyPath, violations);
        }
      }
    });
  }

  private void checkArray(JsonNode value, JavaType element, String path, List<String> violations) {
    if (!value.isArray()) {
      violations.add(path + " is " + kind(value) + ", not an array");
      return;
    }
    for (int i = 0; i < value.size(); i++) {
      check(value.get(i), element, path + "[" + i + "]", violations);
    }
  }

  private void checkMap(JsonNode value, JavaType element, String path, List<String> violations) {
    if (!value.isObject()) {
      violations.add(path + " is " + kind(value) + ", not an object (a map)");
      return;
    }
    value.fields().forEachRemaining(entry ->
        check(entry.getValue(), element, path + "." + entry.getKey(), violations));
  }

  private void checkEnum(JsonNode value, Class<?> type, String path, List<String> violations) {
    Set<String> allowed = enumValues.computeIfAbsent(type, this::enumValues);
    if (!value.isTextual() || !allowed.contains(value.asText())) {
      violations.add(path + " is " + value + ", not one of " + name(type) + " " + allowed);
    }
  }

  private static void checkScalar(JsonNode value, Class<?> type, String path, List<String> violations) {
    boolean fits;
    if (type == String.class) {
      fits = value.isTextual();
    } else if (type == URI.class) {
      fits = value.isTextual() && isUri(value.asText());
    } else if (type == Integer.class) {
      fits = value.isIntegralNumber() && value.canConvertToInt();
    } else if (type == Long.class) {
      fits = value.isIntegralNumber() && value.canConvertToLong();
    } else if (Number.class.isAssignableFrom(type)) {
      fits = value.isNumber();
    } else if (type == Boolean.class) {
      fits = value.isBoolean();
    } else {
      throw new IllegalArgumentException(path + ": no check for the model type " + type.getName());
    }
    if (!fits) {
      violations.add(path + " is " + kind(value) + " " + abbreviate(value) + ", not " + describe(type));
    }
  }

  /** The models type dates as strings; the spec's date-time properties all end so. */
  private static boolean isDateTime(String name, JavaType type) {
    return type.getRawClass() == String.class
        && (name.endsWith("Date") || name.endsWith("Time") || name.equals("expiresAt"));
  }

  private static void checkDateTime(JsonNode value, String path, List<String> violations) {
    if (!value.isTextual()) {
      return;
    }
    try {
      OffsetDateTime.parse(value.asText());
    } catch (DateTimeParseException e) {
      violations.add(path + " is " + value + ", not an ISO-8601 date-time with offset");
    }
  }

  private Map<String, JavaType> properties(Class<?> model) {
    return this.properties.computeIfAbsent(model, type -> {
      BeanDescription description = mapper.getSerializationConfig().introspect(mapper.constructType(type));
      Map<String, JavaType> result = new LinkedHashMap<>();
      for (BeanPropertyDefinition property : description.findProperties()) {
        result.put(property.getName(), property.getPrimaryType());
      }
      return result;
    });
  }

  private Set<String> enumValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> !((Enum<?>) constant).name().equals(UNKNOWN_ENUM))
        .map(constant -> mapper.convertValue(constant, String.class))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The model's name as the spec's readers know it, nested enums with their owner. */
  private static String name(Class<?> type) {
    return type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
  }

  private static boolean isUri(String text) {
    try {
      new URI(text);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> value.isIntegralNumber() ? "an integer" : "a decimal number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String describe(Class<?> type) {
    if (type == Integer.class || type == Long.class) {
      return "an integer (" + type.getSimpleName() + ")";
    }
    return type == String.class || type == URI.class ? "a string" : "a " + type.getSimpleName();
  }

  private static String abbreviate(JsonNode value) {
    String text = value.toString();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
