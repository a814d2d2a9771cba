package org.amends.app.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amends.app.tasklist.FormControl.Choice;
import org.amends.app.tasklist.FormControl.Item;
import org.amends.app.tasklist.FormControl.Options;

/**
 * Builds a task form's components for the page from the form's JSON, the answers as form fields
 * ({@link FormParams}), the problems by anchor and the task's data. Conditions ({@code
 * conditional.hide}) are evaluated here with the FEEL engine on the answers shown, an item of a
 * dynamic list seeing its own answers too; option lists and text templates likewise.
 */
final class FormView {

  /** A problem to show by its field: the message and, for a date, the box it is about. */
  record FieldError(String message, String part) {}

  private final Map<String, List<String>> params;
  private final Map<String, FieldError> errors;

  private FormView(Map<String, List<String>> params, Map<String, FieldError> errors) {
    this.params = params;
    this.errors = errors;
  }

  static List<FormControl> build(JsonNode form, Map<String, List<String>> params, Map<String, FieldError> errors,
      Map<String, Object> taskData) {
    Map<String, Object> context = new HashMap<>(taskData);
    context.putAll(FormParams.read(form, params, taskData).data());
    return new FormView(params, errors).controls(form.path("components"), "", "", null, context);
  }

  private List<FormControl> controls(JsonNode components, String prefix, String scope, Integer index,
      Map<String, Object> context) {
    List<FormControl> controls = new ArrayList<>();
    for (JsonNode component : components) {
      controls.add(control(component, prefix, scope, index, context));
    }
    return controls;
  }

  private FormControl control(JsonNode c, String prefix, String scope, Integer index, Map<String, Object> context) {
    String type = c.path("type").asText();
    String id = FormParams.anchor(c, index);
    String hide = FormFeel.hideExpression(c);
    boolean hidden = FormFeel.hidden(c, context);
    String label = text(c, "label");
    String hint = text(c, "description");
    return switch (type) {
      case "text" -> layout("text", id, hide, hidden, FormText.html(c.path("text").asText(""), context), Options.none());
      case "spacer" -> layout("spacer", id, hide, hidden, null, spacer(c.path("height").asInt(60)));
      case "separator" -> layout("separator", id, hide, hidden, null, Options.none());
      case "group" -> new FormControl("group", id, null, label, null, null, hide, hidden, null, Map.of(), List.of(), null,
          controls(c.path("components"), prefix, scope + dotted(c.path("path").asText("")), index, context), List.of(),
          outline(c));
      case "dynamiclist" -> list(c, id, prefix, scope + c.path("path").asText(""), label, hint, hide, hidden, context);
      default -> input(c, type, id, prefix + scope + c.path("key").asText(), label, hint, hide, hidden, context);
    };
  }

  private FormControl list(JsonNode c, String id, String prefix, String list, String label, String hint,
      String hide, boolean hidden, Map<String, Object> context) {
    String name = prefix + list;
    int count = FormParams.count(params, name);
    boolean addRemove = c.path("allowAddRemove").asBoolean(false);
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String scope = name + "[" + i + "].";
      Map<String, Object> itemContext = new HashMap<>(context);
      itemContext.putAll(FormParams.readItem(c.path("components"), scope, params, context));
      items.add(new Item(i + 1, scope, controls(c.path("components"), scope, "", i, itemContext),
          addRemove ? "remove|" + name + "|" + i : null));
    }
    Options options = new Options(null, null, null, null, false, false, false, false, null, null,
        addRemove ? "add|" + name : null, FormParams.ITEMS + name, count, null, c.path("showOutline").asBoolean(false));
    return new FormControl("list", id, name, label, hint, message(id), hide, hidden, null, Map.of(), List.of(), null,
        List.of(), items, options);
  }

  private FormControl input(JsonNode c, String type, String id, String name, String label, String hint,
      String hide, boolean hidden, Map<String, Object> context) {
    FieldError error = errors.get(id);
    String message = error == null ? null : error.message();
    List<String> values = params.getOrDefault(name, List.of());
    String value = values.isEmpty() ? null : values.get(0);
    boolean readonly = c.path("readonly").asBoolean(false);
    boolean disabled = c.path("disabled").asBoolean(false);
    JsonNode rules = c.path("validate");
    return switch (type) {
      case "datetime" -> {
        Map<String, String> parts = new HashMap<>();
        FormDates.PARTS.forEach(part -> parts.put(part, FormParams.first(params, name + "-" + part)));
        String legend = text(c, FormDates.hasDate(c) ? "dateLabel" : "timeLabel");
        yield new FormControl("date", id, name, legend == null ? label : legend, hint, message, hide, hidden, null,
            parts, List.of(), null, List.of(), List.of(),
            new Options("text", "numeric", null, null, readonly, disabled, FormDates.hasDate(c), FormDates.hasTime(c),
                text(c, "timeLabel"), error == null ? null : error.part(), null, null, 0, null, false));
      }
      case "radio", "select", "checklist" -> {
        List<FormOptions.Option> options = FormOptions.of(c, context);
        List<Choice> choices = new ArrayList<>();
        if (options != null) {
          for (int i = 0; i < options.size(); i++) {
            FormOptions.Option o = options.get(i);
            choices.add(new Choice(i == 0 ? id : id + "-" + (i + 1), o.text(), o.label(), values.contains(o.text())));
          }
        }
        String kind = type.equals("radio") ? "radios" : type.equals("checklist") ? "checkboxes" : "select";
        yield new FormControl(kind, id, name, label, hint, message, hide, hidden, value, Map.of(), choices, null,
            List.of(), List.of(), flags(readonly, disabled));
      }
      case "checkbox" -> new FormControl("checkbox", id, name, label, hint, message, hide, hidden, value, Map.of(),
          List.of(new Choice(id, "true", label, "true".equals(value))), null, List.of(), List.of(), flags(readonly, disabled));
      case "number" -> new FormControl("textfield", id, name, label, hint, message, hide, hidden, value, Map.of(),
          List.of(), null, List.of(), List.of(),
          new Options("text", c.path("decimalDigits").asInt(1) == 0 ? "numeric" : "decimal",
              text(c.path("appearance"), "prefixAdornment"), text(c.path("appearance"), "suffixAdornment"),
              readonly, disabled, false, false, null, null, null, null, 0, "govuk-input--width-10", false));
      case "textarea" -> new FormControl("textarea", id, name, label, hint, message, hide, hidden, value, Map.of(),
          List.of(), null, List.of(), List.of(), flags(readonly, disabled));
      default -> new FormControl("textfield", id, name, label, hint, message, hide, hidden, value, Map.of(),
          List.of(), null, List.of(), List.of(),
          new Options(inputType(rules.path("validationType").asText("")), null,
              text(c.path("appearance"), "prefixAdornment"), text(c.path("appearance"), "suffixAdornment"),
              readonly, disabled, false, false, null, null, null, null, 0, null, false));
    };
  }

  private String message(String id) {
    FieldError error = errors.get(id);
    return error == null ? null : error.message();
  }

  private static FormControl layout(String kind, String id, String hide, boolean hidden, String html, Options options) {
    return new FormControl(kind, id, null, null, null, null, hide, hidden, null, Map.of(), List.of(), html,
        List.of(), List.of(), options);
  }

  private static Options flags(boolean readonly, boolean disabled) {
    return new Options("text", null, null, null, readonly, disabled, false, false, null, null, null, null, 0, null, false);
  }

  private static Options outline(JsonNode c) {
    return new Options(null, null, null, null, false, false, false, false, null, null, null, null, 0, null,
        c.path("showOutline").asBoolean(false));
  }

  /** GOV.UK spacing instead of a height in pixels (the page allows no inline styles). */
  private static Options spacer(int height) {
    String spacing = height <= 15 ? "govuk-!-margin-bottom-3" : height <= 30 ? "govuk-!-margin-bottom-6" : "govuk-!-margin-bottom-9";
    return new Options(null, null, null, null, false, false, false, false, null, null, null, null, 0, spacing, false);
  }

  private static String inputType(String validationType) {
    return switch (validationType) {
      case "email" -> "email";
      case "phone" -> "tel";
      default -> "text";
    };
  }

  private static String text(JsonNode c, String attribute) {
    String text = c.path(attribute).asText("").trim();
    return text.isEmpty() ? null : text;
  }

  private static String dotted(String path) {
    return path.isBlank() ? "" : path + ".";
  }
}
