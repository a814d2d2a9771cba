package org.amends.app.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The input fields of a Camunda form (form-js JSON), as the server needs them to check a
 * submission again: where each value lives in the data, its type, label and validation.
 * Groups are walked through (a group with a {@code path} nests its fields' values); a dynamic
 * list is one field whose value is a list of items, each shaped by its child fields.
 */
final class FormSchema {

  /** Components that hold a value; every other type (text, group, spacer...) only lays out. */
  private static final Set<String> INPUTS = Set.of(
      "textfield", "textarea", "number", "datetime", "checkbox", "checklist", "radio", "select",
      "taglist", "dynamiclist");

  record Field(
      String id,
      List<String> path,
      String type,
      String label,
      JsonNode component,
      List<Field> children,
      boolean insideList) {

    /**
     * Text typed by staff (names, places, descriptions, contact details): kept in Amends, never
     * sent to the process, wherever it sits in the form.
     */
    boolean freeText() {
      return type.equals("textarea") || type.equals("textfield");
    }

    JsonNode validate() {
      JsonNode v = component.get("validate");
      return v == null || !v.isObject() ? MissingNode.getInstance() : v;
    }

    boolean required() {
      return validate().path("required").asBoolean(false);
    }
  }

  private final String id;
  private final String json;
  private final JsonNode root;
  private final List<Field> fields;

  private FormSchema(String id, String json, JsonNode root, List<Field> fields) {
    this.id = id;
    this.json = json;
    this.root = root;
    this.fields = fields;
  }

  /** The schema as the Camunda client gives it (JSON text, or already a map). */
  static FormSchema of(Object schema, ObjectMapper mapper) {
    try {
      String json = schema instanceof String text ? text : mapper.writeValueAsString(schema);
      JsonNode root = mapper.readTree(json);
      List<Field> fields = new ArrayList<>();
      collect(root.path("components"), List.of(), false, fields);
      return new FormSchema(root.path("id").asText(""), json, root, List.copyOf(fields));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The task's form is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void collect(JsonNode components, List<String> prefix, boolean insideList, List<Field> into) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      if (type.equals("dynamiclist")) {
        List<String> path = append(prefix, component.path("path").asText(""));
        List<Field> children = new ArrayList<>();
        collect(component.path("components"), List.of(), true, children);
        into.add(new Field(component.path("id").asText(), path, type, label(component), component,
            List.copyOf(children), insideList));
      } else if (INPUTS.contains(type) && component.hasNonNull("key")) {
        into.add(new Field(component.path("id").asText(), append(prefix, component.path("key").asText()),
            type, label(component), component, List.of(), insideList));
      } else if (component.has("components")) {
        String groupPath = component.path("path").asText("");
        collect(component.path("components"), groupPath.isBlank() ? prefix : append(prefix, groupPath),
            insideList, into);
      }
    }
  }

  /** form-js keys and paths may be dotted ("address.street"): each part is a level of the data. */
  private static List<String> append(List<String> prefix, String dotted) {
    List<String> path = new ArrayList<>(prefix);
    for (String part : dotted.split("\\.")) {
      if (!part.isBlank()) {
        path.add(part);
      }
    }
    return List.copyOf(path);
  }

  private static String label(JsonNode component) {
    for (String attribute : List.of("label", "dateLabel", "timeLabel")) {
      String text = component.path(attribute).asText("");
      if (!text.isBlank()) {
        return text.trim();
      }
    }
    return component.path("key").asText(component.path("id").asText("this question"));
  }

  /** The form's id ("record-consent"), or empty when it has none. */
  String id() {
    return id;
  }

  String json() {
    return json;
  }

  /** The form's JSON, read. */
  JsonNode root() {
    return root;
  }

  List<Field> fields() {
    return fields;
  }
}
