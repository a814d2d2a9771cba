package org.amends.engine.server.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Predicate;

/**
 * A property of a model that may be absent or null, when the enclosing JSON object matches.
 *
 * @param when tested on the object that holds the property
 * @param reason why, for the tables' readers and the summary
 */
record Allowance(Class<?> model, String property, Predicate<JsonNode> when, String reason) {

  static Allowance always(Class<?> model, String property, String reason) {
    return new Allowance(model, property, object -> true, reason);
  }

  /** Only while the object's {@code field} has one of the values (e.g. an active instance's end date). */
  static Allowance whileField(Class<?> model, String property, String field, java.util.Set<String> values, String reason) {
    return new Allowance(model, property,
        object -> object.hasNonNull(field) && values.contains(object.get(field).asText()), reason);
  }

  /** Except while the object's {@code field} has one of the values (e.g. a failed job's error message). */
  static Allowance unlessField(Class<?> model, String property, String field, java.util.Set<String> values, String reason) {
    return new Allowance(model, property,
        object -> !(object.hasNonNull(field) && values.contains(object.get(field).asText())), reason);
  }

  boolean allows(Class<?> owner, String name, JsonNode object) {
    return model == owner && property.equals(name) && when.test(object);
  }
}
