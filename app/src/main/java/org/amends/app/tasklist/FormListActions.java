package org.amends.app.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Add another" and "Remove" buttons of a dynamic list, without JavaScript: the page posts its
 * fields with the button's value ({@code add|actions} or {@code remove|actions|1}) and comes back
 * with one item more, or without that item and the later ones moved up.
 */
final class FormListActions {

  static final String PARAM = "_action";

  private FormListActions() {}

  /** The fields after the action, or null when {@code action} is not a list's button. */
  static Map<String, List<String>> apply(String action, Map<String, List<String>> params) {
    if (action == null) {
      return null;
    }
    String[] parts = action.split("\\|");
    if (parts.length < 2 || !params.containsKey(FormParams.ITEMS + parts[1])) {
      return null;
    }
    String list = parts[1];
    int count = FormParams.count(params, list);
    Map<String, List<String>> after = new LinkedHashMap<>(params);
    if (parts[0].equals("add") && parts.length == 2) {
      after.put(FormParams.ITEMS + list, List.of(String.valueOf(count + 1)));
      return after;
    }
    if (parts[0].equals("remove") && parts.length == 3 && parts[2].matches("\\d{1,3}")) {
      int removed = Integer.parseInt(parts[2]);
      if (removed >= count) {
        return null;
      }
      after.clear();
      params.forEach((name, values) -> {
        String moved = moved(name, list, removed);
        if (moved != null) {
          after.put(moved, values);
        }
      });
      after.put(FormParams.ITEMS + list, List.of(String.valueOf(count - 1)));
      return after;
    }
    return null;
  }

  /** The field's name once item {@code removed} is gone: null for its own fields, one less for later ones. */
  private static String moved(String name, String list, int removed) {
    for (String start : List.of(list + "[", FormParams.ITEMS + list + "[")) {
      if (name.startsWith(start)) {
        int close = name.indexOf(']', start.length());
        int index = Integer.parseInt(name.substring(start.length(), close));
        if (index == removed) {
          return null;
        }
        return index < removed ? name : start + (index - 1) + name.substring(close);
      }
    }
    return name;
  }
}
