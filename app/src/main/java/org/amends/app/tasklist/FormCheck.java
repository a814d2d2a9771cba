package org.amends.app.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.amends.app.tasklist.FormSchema.Field;

/**
 * Checks a form submission again on the server, as form-js checked it in the browser (required
 * fields, types, lengths, ranges, patterns, allowed options; fields hidden by their condition are
 * skipped and dropped), and splits what passes into the decisions the process may get and the free
 * text it must not (text fields and areas, in a dynamic list too). {@code answers} keeps both, for
 * the feature that stores them. Only the form's own fields are kept: a submission cannot set
 * other process variables.
 */
final class FormCheck {

  /** A problem with one field; {@code index} is the item of a dynamic list, or null. */
  record Problem(String fieldId, Integer index, String message) {

    /** The field's anchor as the page's script knows it (form-js adds "_index" for list items). */
    String anchor() {
      return index == null ? fieldId : fieldId + "_" + index;
    }
  }

  record FreeText(List<String> path, String label, String text) {}

  /** {@code answers}: every checked answer; {@code decisions}: the same without free text. */
  record Result(List<Problem> problems, Map<String, Object> decisions, List<FreeText> freeText,
      Map<String, Object> answers) {

    boolean valid() {
      return problems.isEmpty();
    }
  }

  private static final Set<String> QUESTION_WORDS = Set.of("what", "which", "who", "where", "how", "why");
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "do", "does", "did",
      "will", "would", "should", "can", "could", "has", "have", "had", "may", "might", "must", "shall");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{7,20}$");

  private final Clock clock;

  /** {@code clock}: what "today" is for a date that may not be in the past. */
  FormCheck(Clock clock) {
    this.clock = clock;
  }

  Result check(FormSchema schema, Map<String, Object> submitted, Map<String, Object> variables) {
    Map<String, Object> context = new HashMap<>(variables);
    context.putAll(submitted);
    List<Problem> problems = new ArrayList<>();
    Map<String, Object> decisions = new LinkedHashMap<>();
    Map<String, Object> answers = new LinkedHashMap<>();
    List<FreeText> freeText = new ArrayList<>();
    for (Field field : schema.fields()) {
      if (skipped(field, context)) {
        continue;
      }
      Object value = valueAt(submitted, field.path());
      if (field.type().equals("dynamiclist")) {
        checkList(field, value, context, problems, freeText).ifPresent(items -> {
          put(answers, field.path(), items);
          put(decisions, field.path(), items.stream().map(item -> withoutFreeText(field, item)).toList());
        });
        continue;
      }
      Problem problem = checkValue(field, value, context, null);
      if (problem != null) {
        problems.add(problem);
      } else if (field.freeText()) {
        if (value instanceof String text && !text.isBlank()) {
          freeText.add(new FreeText(field.path(), withoutOptional(field.label()), text.trim()));
          put(answers, field.path(), text.trim());
        }
      } else if (value != null) {
        put(decisions, field.path(), value);
        put(answers, field.path(), value);
      }
    }
    return new Result(List.copyOf(problems), decisions, List.copyOf(freeText), answers);
  }

  /** A list item's answers without its free text (what the process may see of it). */
  private static Map<String, Object> withoutFreeText(Field list, Map<String, Object> item) {
    Map<String, Object> kept = new LinkedHashMap<>(item);
    list.children().stream().filter(Field::freeText).forEach(child -> kept.remove(child.path().get(0)));
    return kept;
  }

  private Optional<List<Map<String, Object>>> checkList(Field list, Object value,
      Map<String, Object> context, List<Problem> problems, List<FreeText> freeText) {
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof List<?> items)) {
      problems.add(new Problem(list.id(), null, "Answer “" + list.label() + "” again"));
      return Optional.empty();
    }
    List<Map<String, Object>> cleaned = new ArrayList<>();
    for (int index = 0; index < items.size(); index++) {
      if (!(items.get(index) instanceof Map<?, ?> item)) {
        problems.add(new Problem(list.id(), null, "Answer “" + list.label() + "” again"));
        continue;
      }
      Map<String, Object> itemContext = new HashMap<>(context);
      item.forEach((k, v) -> itemContext.put(String.valueOf(k), v));
      Map<String, Object> kept = new LinkedHashMap<>();
      for (Field child : list.children()) {
        if (skipped(child, itemContext)) {
          continue;
        }
        Object childValue = valueAt(item, child.path());
        Problem problem = checkValue(child, childValue, itemContext, index);
        if (problem != null) {
          problems.add(problem);
        } else if (child.freeText() && childValue instanceof String text && !text.isBlank()) {
          freeText.add(new FreeText(list.path(), withoutOptional(list.label()) + " (" + (index + 1) + "): "
              + withoutOptional(child.label()), text.trim()));
          put(kept, child.path(), text.trim());
        } else if (childValue != null && !child.freeText()) {
          put(kept, child.path(), childValue);
        }
      }
      cleaned.add(kept);
    }
    return Optional.of(cleaned);
  }

  private boolean skipped(Field field, Map<String, Object> context) {
    if (field.component().path("disabled").asBoolean(false)) {
      return true;
    }
    return FormFeel.hidden(field.component(), context);
  }

  private Problem checkValue(Field field, Object value, Map<String, Object> context, Integer index) {
    JsonNode rules = field.validate();
    String label = field.label();
    if (missing(value) || (field.type().equals("checkbox") && field.required() && !Boolean.TRUE.equals(value))) {
      return field.required() ? new Problem(field.id(), index, requiredMessage(field)) : null;
    }
    return switch (field.type()) {
      case "textfield", "textarea" -> checkText(field, value, rules, index);
      case "number" -> checkNumber(field, value, rules, index);
      case "datetime" -> checkDateTime(field, value, index);
      case "checkbox" -> value instanceof Boolean ? null
          : new Problem(field.id(), index, "Select or clear “" + label + "”");
      case "radio", "select" -> allowed(field, context, List.of(value)) ? null : notAnOption(field, index);
      case "checklist", "taglist" -> value instanceof Collection<?> chosen && allowed(field, context, chosen)
          ? null : notAnOption(field, index);
      default -> null;
    };
  }

  private static Problem checkText(Field field, Object value, JsonNode rules, Integer index) {
    String label = withoutOptional(field.label());
    if (!(value instanceof String text)) {
      return new Problem(field.id(), index, "Enter text for “" + label + "”");
    }
    int length = text.length();
    if (rules.hasNonNull("maxLength") && length > rules.get("maxLength").asInt()) {
      return new Problem(field.id(), index, "The answer to “" + label + "” must be "
          + thousands(rules.get("maxLength").asInt()) + " characters or fewer");
    }
    if (rules.hasNonNull("minLength") && length < rules.get("minLength").asInt()) {
      return new Problem(field.id(), index, "The answer to “" + label + "” must be "
          + thousands(rules.get("minLength").asInt()) + " characters or more");
    }
    String type = rules.path("validationType").asText("");
    boolean formatOk = switch (type) {
      case "email" -> EMAIL.matcher(text.trim()).matches();
      case "phone" -> PHONE.matcher(text.trim()).matches();
      default -> matchesPattern(rules.path("pattern").asText(""), text);
    };
    return formatOk ? null : new Problem(field.id(), index, "The answer to “" + label + "” is not in the right format");
  }

  private static boolean matchesPattern(String pattern, String text) {
    if (pattern.isBlank()) {
      return true;
    }
    try {
      return Pattern.compile(pattern).matcher(text).matches();
    } catch (PatternSyntaxException e) {
      return true; // a pattern only a browser understands: the browser has checked it
    }
  }

  private static Problem checkNumber(Field field, Object value, JsonNode rules, Integer index) {
    BigDecimal number;
    try {
      number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      return new Problem(field.id(), index, "The answer to “" + field.label() + "” must be a number");
    }
    if (rules.hasNonNull("min") && number.compareTo(rules.get("min").decimalValue()) < 0) {
      return new Problem(field.id(), index,
          "The answer to “" + field.label() + "” must be " + rules.get("min").asText() + " or more");
    }
    if (rules.hasNonNull("max") && number.compareTo(rules.get("max").decimalValue()) > 0) {
      return new Problem(field.id(), index,
          "The answer to “" + field.label() + "” must be " + rules.get("max").asText() + " or less");
    }
    return null;
  }

  private Problem checkDateTime(Field field, Object value, Integer index) {
    String label = withoutOptional(field.label());
    Optional<LocalDate> date = realDateTime(field, value);
    if (date.isEmpty()) {
      return new Problem(field.id(), index, "The date for “" + label + "” must be a real date");
    }
    if (field.component().path("disallowPassedDates").asBoolean(false)
        && date.get().isBefore(LocalDate.now(clock.withZone(UK)))) {
      return new Problem(field.id(), index, "The date for “" + label + "” must be today or in the future");
    }
    return null;
  }

  /** The day of a real date, or date and time (a time alone counts as today). */
  private Optional<LocalDate> realDateTime(Field field, Object value) {
    if (!(value instanceof String text)) {
      return Optional.empty();
    }
    String subtype = field.component().path("subtype").asText("date");
    LocalDate today = LocalDate.now(clock.withZone(UK));
    List<Function<String, LocalDate>> parsers = switch (subtype) {
      case "time" -> List.of(t -> LocalTime.parse(t) == null ? null : today,
          t -> OffsetTime.parse(t) == null ? null : today);
      case "datetime" -> List.of(t -> LocalDateTime.parse(t).toLocalDate(),
          t -> OffsetDateTime.parse(t).atZoneSameInstant(UK).toLocalDate());
      default -> List.of(LocalDate::parse);
    };
    for (Function<String, LocalDate> parser : parsers) {
      try {
        return Optional.of(parser.apply(text.trim()));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  private static boolean allowed(Field field, Map<String, Object> context, Collection<?> chosen) {
    List<String> options = options(field, context);
    if (options == null) {
      return true; // options only known at run time in the browser: nothing to compare with
    }
    return chosen.stream().allMatch(c -> options.contains(FormOptions.normalised(c)));
  }

  /** The option values of a radio, select or checklist as the page writes them, or null when not known here. */
  private static List<String> options(Field field, Map<String, Object> context) {
    List<FormOptions.Option> options = FormOptions.of(field.component(), context);
    return options == null ? null : options.stream().map(FormOptions.Option::text).toList();
  }

  private static Problem notAnOption(Field field, Integer index) {
    return new Problem(field.id(), index, "Select one of the options for “" + field.label() + "”");
  }

  private static boolean missing(Object value) {
    return value == null
        || (value instanceof String text && text.isBlank())
        || (value instanceof Collection<?> list && list.isEmpty());
  }

  /**
   * "Select what happened when you contacted them" when the label is a question that reads well
   * after a verb; otherwise "Select an answer to “Is the exchange finished?”".
   */
  static String requiredMessage(Field field) {
    String label = withoutOptional(field.label());
    if (field.type().equals("datetime")) {
      return "Enter a date for “" + label + "”";
    }
    boolean choice = Set.of("radio", "select", "checklist", "taglist", "checkbox").contains(field.type());
    String verb = choice ? "Select" : "Enter";
    String[] words = label.split("\\s+");
    if (words.length > 1
        && QUESTION_WORDS.contains(words[0].toLowerCase(Locale.ROOT))
        && !AUXILIARIES.contains(words[1].toLowerCase(Locale.ROOT))) {
      String phrase = label.endsWith("?") ? label.substring(0, label.length() - 1) : label;
      return verb + " " + Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }
    return verb + " an answer to “" + label + "”";
  }

  private static String withoutOptional(String label) {
    return label.replaceAll("\\s*\\(optional\\)\\s*$", "").trim();
  }

  private static String thousands(int number) {
    return NumberFormat.getIntegerInstance(Locale.UK).format(number);
  }

  @SuppressWarnings("unchecked")
  private static Object valueAt(Map<?, ?> data, List<String> path) {
    Object current = data;
    for (String part : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = ((Map<String, Object>) map).get(part);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static void put(Map<String, Object> data, List<String> path, Object value) {
    Map<String, Object> current = data;
    for (int i = 0; i < path.size() - 1; i++) {
      current = (Map<String, Object>) current.computeIfAbsent(path.get(i), k -> new LinkedHashMap<>());
    }
    current.put(path.get(path.size() - 1), value);
  }
}
