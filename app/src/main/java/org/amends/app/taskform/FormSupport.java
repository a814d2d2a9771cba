package org.amends.app.taskform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the tasklist can draw of a Camunda form (form-js JSON) as GOV.UK components: every
 * component type and property it knows. A form that uses anything else is refused where it is
 * deployed (the bundled files at start-up, a manager's draft in the modeler), with the field
 * named, rather than drawn in part on a task's page.
 */
public final class FormSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> COMMON = Set.of("id", "type", "layout", "properties");
  private static final Set<String> INPUT = Set.of(
      "key", "label", "description", "validate", "conditional", "disabled", "readonly", "defaultValue");
  private static final Set<String> OPTIONS = Set.of("values", "valuesKey", "valuesExpression");

  /** Each type Amends draws, with the properties it reads beyond the common ones. */
  private static final Map<String, Set<String>> TYPES = Map.ofEntries(
      Map.entry("textfield", union(INPUT, Set.of("appearance"))),
      Map.entry("textarea", INPUT),
      Map.entry("number", union(INPUT, Set.of("appearance", "increment", "decimalDigits", "serializeToString"))),
      Map.entry("select", union(INPUT, OPTIONS, Set.of("searchable"))),
      Map.entry("radio", union(INPUT, OPTIONS)),
      Map.entry("checklist", union(INPUT, OPTIONS)),
      Map.entry("checkbox", INPUT),
      Map.entry("datetime", union(INPUT, Set.of("subtype", "dateLabel", "timeLabel", "use24h", "timeInterval",
          "timeSerializingFormat", "disallowPassedDates"))),
      Map.entry("dynamiclist", Set.of("label", "description", "path", "components", "conditional", "isRepeating",
          "defaultRepetitions", "allowAddRemove", "disableCollapse", "nonCollapsedItems", "showOutline")),
      Map.entry("group", Set.of("label", "path", "components", "conditional", "showOutline")),
      Map.entry("text", Set.of("text", "conditional")),
      Map.entry("spacer", Set.of("height", "conditional")),
      Map.entry("separator", Set.of("conditional")));

  private static final Set<String> VALIDATE = Set.of(
      "required", "minLength", "maxLength", "min", "max", "pattern", "validationType");
  private static final Set<String> VALIDATION_TYPES = Set.of("", "email", "phone", "custom");
  private static final Set<String> APPEARANCE = Set.of("prefixAdornment", "suffixAdornment");
  private static final Set<String> SUBTYPES = Set.of("date", "time", "datetime");
  private static final Set<String> TIME_FORMATS = Set.of("utc_offset", "utc_normalized", "no_timezone");

  private FormSupport() {}

  /** One sentence per field Amends cannot draw, naming it; none when the whole form can be drawn. */
  public static List<String> unsupported(String formJson) {
    JsonNode root;
    try {
      root = JSON.readTree(formJson);
    } catch (JsonProcessingException e) {
      return List.of("The form is not valid JSON: " + e.getOriginalMessage());
    }
    List<String> problems = new ArrayList<>();
    check(root.path("components"), problems);
    return problems;
  }

  private static void check(JsonNode components, List<String> problems) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      Set<String> known = TYPES.get(type);
      if (known == null) {
        problems.add(name(component) + " is a '" + type + "' component, which the tasklist cannot show");
        continue;
      }
      for (Iterator<String> names = component.fieldNames(); names.hasNext(); ) {
        String property = names.next();
        if (!COMMON.contains(property) && !known.contains(property)) {
          problems.add(name(component) + " uses '" + property + "', which the tasklist cannot show");
        }
      }
      checkValues(component, type, problems);
      if (component.has("components")) {
        check(component.path("components"), problems);
      }
    }
  }

  private static void checkValues(JsonNode component, String type, List<String> problems) {
    unknownKeys(component, "validate", VALIDATE, problems);
    unknownKeys(component, "appearance", APPEARANCE, problems);
    unknownKeys(component, "conditional", Set.of("hide"), problems);
    if (!VALIDATION_TYPES.contains(component.path("validate").path("validationType").asText(""))) {
      problems.add(name(component) + " checks answers as '" + component.path("validate").path("validationType").asText()
          + "', which the tasklist cannot check");
    }
    for (String flag : List.of("disabled", "readonly")) {
      if (component.has(flag) && !component.get(flag).isBoolean()) {
        problems.add(name(component) + " sets '" + flag + "' by an expression, which the tasklist cannot show");
      }
    }
    if (type.equals("datetime")) {
      if (!SUBTYPES.contains(component.path("subtype").asText("date"))) {
        problems.add(name(component) + " is a '" + component.path("subtype").asText() + "' date, which the tasklist cannot show");
      }
      if (component.has("timeSerializingFormat") && !TIME_FORMATS.contains(component.path("timeSerializingFormat").asText())) {
        problems.add(name(component) + " keeps times as '" + component.path("timeSerializingFormat").asText()
            + "', which the tasklist cannot write");
      }
    }
    if (type.equals("text") && component.path("text").asText("").contains("{{#")) {
      problems.add(name(component) + " uses a template block ({{#if}} or {{#loop}}), which the tasklist cannot show");
    }
  }

  private static void unknownKeys(JsonNode component, String property, Set<String> known, List<String> problems) {
    JsonNode value = component.path(property);
    for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name) && !value.get(name).isNull()) {
        problems.add(name(component) + " uses '" + property + "." + name + "', which the tasklist cannot show");
      }
    }
  }

  /** "The field 'When did you contact them?' (Field_contactedOn)", as a manager sees it in the editor. */
  private static String name(JsonNode component) {
    String label = "";
    for (String attribute : List.of("label", "dateLabel", "timeLabel", "key", "path")) {
      label = component.path(attribute).asText("").trim();
      if (!label.isEmpty()) {
        break;
      }
    }
    String id = component.path("id").asText("without an id");
    return label.isEmpty() ? "The field " + id : "The field '" + label + "' (" + id + ")";
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    java.util.HashSet<String> all = new java.util.HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }
}
