package org.amends.engine.query;

import static org.amends.engine.query.Field.string;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A filter on the elements of a JSON list in the row (a user task's candidate groups and users). */
final class ListElementFilter {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ListElementFilter() {}

  /**
   * Rows whose JSON list ({@code array}, its SQL) holds an element matching the value. Equals and
   * "in" (the tasklist's candidate group filters) are asked as containment, {@code @>}, which the
   * list's GIN index answers, and a tab's count checks on the entries of the index of state,
   * assignee and candidate groups (migrations V8, V10); other operators look at each element.
   */
  static void apply(JsonNode value, Where where, Conditions c, String name, String array) {
    List<String> wanted = equalsOrIn(value, name);
    if (wanted == null) {
      Searches.exists(value, where, c, name, "jsonb_array_elements_text(" + array + ") x(v)", "true", string("x.v"));
      return;
    }
    String contains = array + " @> ?::jsonb";
    where.add("(" + String.join(" or ", Collections.nCopies(wanted.size(), contains)) + ")",
        wanted.stream().map(v -> JSON.arrayNode().add(v).toString()).toArray());
  }

  /** The values of a plain value, an {@code $eq} or an {@code $in} alone; null for anything else. */
  private static List<String> equalsOrIn(JsonNode value, String name) {
    if (!value.isObject()) {
      return List.of((String) Conditions.bind(name, string("x"), value));
    }
    List<String> values = new ArrayList<>();
    int operators = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      // the client sends "$in": [] and "$notIn": [] with every filter: no constraint, as in Conditions
      if (entry.getValue() == null || Conditions.isEmpty(entry.getValue())) {
        continue;
      }
      operators++;
      if (entry.getKey().equals("$eq")) {
        values.add((String) Conditions.bind(name, string("x"), entry.getValue()));
      } else if (entry.getKey().equals("$in") && entry.getValue().isArray()) {
        for (JsonNode element : entry.getValue()) {
          if (!element.isNull()) {
            values.add((String) Conditions.bind(name, string("x"), element));
          }
        }
      } else {
        return null;
      }
    }
    // several operators (or an "in" of nulls only) keep their element-by-element meaning
    return operators == 1 && !values.isEmpty() ? values : null;
  }
}
