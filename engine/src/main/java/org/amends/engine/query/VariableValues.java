package org.amends.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * The index of variables by name and value (engine migration V12) holds only the variables whose
 * name and value fit a B-tree entry. A filter asking for equality with values that all fit can
 * only match variables in it, and says so in the index's own words, which lets PostgreSQL use it.
 */
final class VariableValues {

  /** Bytes of name and value together that the index holds (migration V12's condition). */
  private static final int LIMIT = 2000;

  /** The index's condition, as a filter states it for PostgreSQL to see that the index applies. */
  static final String INDEXED = "octet_length(v.name) + octet_length(v.value) <= " + LIMIT;

  private VariableValues() {}

  /**
   * Whether every variable the value filter matches is in the index: the filter asks for a value
   * ({@code "x"} or {@code $eq}) or one of some values ({@code $in}) that fit with the name. Its
   * other operators are further conditions on the same value, so one such operator suffices.
   */
  static boolean fitIndex(String name, JsonNode expected) {
    int nameBytes = bytes(name);
    if (!expected.isObject()) {
      return expected.isValueNode() && fits(nameBytes, expected);
    }
    JsonNode equal = expected.get("$eq");
    if (equal != null && equal.isValueNode() && !equal.isNull() && fits(nameBytes, equal)) {
      return true;
    }
    JsonNode in = expected.get("$in");
    if (in == null || !in.isArray()) {
      return false;
    }
    boolean any = false;
    for (JsonNode element : in) {
      if (element.isNull()) {
        continue; // left out of the condition, as Conditions does
      }
      if (!element.isValueNode() || !fits(nameBytes, element)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static boolean fits(int nameBytes, JsonNode value) {
    return nameBytes + bytes(value.asText()) <= LIMIT;
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
