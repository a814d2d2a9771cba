package org.amends.app.casework;

import java.util.Collection;
import java.util.List;

/**
 * Ids as they arrive in process variables: JSON numbers (Integer or Long, whichever fits) or, from
 * a form's checklist, strings of digits. Anything else is a technical failure with a clear message.
 */
public final class ProcessIds {

  private ProcessIds() {}

  public static long id(String variable, Object value) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof String text && text.trim().matches("\\d+")) {
      return Long.parseLong(text.trim());
    }
    throw new IllegalArgumentException(
        "Process variable '" + variable + "' should be an id (a number), but was " + kind(value));
  }

  public static List<Long> ids(String variable, Object value) {
    if (!(value instanceof Collection<?> values)) {
      throw new IllegalArgumentException(
          "Process variable '" + variable + "' should be a list of ids, but was " + kind(value));
    }
    return values.stream().map(v -> id(variable, v)).toList();
  }

  /** What a wrong value is, without the value: it may be someone's name or words. */
  private static String kind(Object value) {
    return value == null ? "missing" : "a " + value.getClass().getSimpleName();
  }
}
