package org.amends.engine.state;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Keys of live rows grouped by one of their values (a job's type, a subscription's element
 * instance), so that a lookup costs what it finds rather than every row. The value a key was
 * filed under is remembered, so a row whose value changed is moved, never left behind.
 */
final class RowIndex<V> {

  private final Map<Long, V> valueOf = new HashMap<>();
  private final Map<V, TreeSet<Long>> keysOf = new HashMap<>();

  /** Files the key under the value, or takes it out when the value is null (the row is gone). */
  void put(long key, V value) {
    V old = valueOf.get(key);
    if (Objects.equals(old, value) && (value == null || valueOf.containsKey(key))) {
      return;
    }
    remove(key);
    if (value != null) {
      valueOf.put(key, value);
      keysOf.computeIfAbsent(value, v -> new TreeSet<>()).add(key);
    }
  }

  void remove(long key) {
    V old = valueOf.remove(key);
    if (old != null) {
      TreeSet<Long> keys = keysOf.get(old);
      keys.remove(key);
      if (keys.isEmpty()) {
        keysOf.remove(old);
      }
    }
  }

  /** The keys filed under the value, lowest first (a copy: callers change rows as they go). */
  List<Long> keys(V value) {
    TreeSet<Long> keys = keysOf.get(value);
    return keys == null ? List.of() : List.copyOf(keys);
  }

  /** Whether any key is filed under the value. */
  boolean has(V value) {
    return keysOf.containsKey(value);
  }

  void clear() {
    valueOf.clear();
    keysOf.clear();
  }
}
