package org.amends.engine.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Keys of live rows ordered by a date (a timer's due date, a message's end of life), so that
 * finding those due costs what is due, not what waits.
 */
final class DueDateIndex {

  private record Entry(Instant date, long key) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int byDate = date.compareTo(other.date);
      return byDate != 0 ? byDate : Long.compare(key, other.key);
    }
  }

  private final NavigableSet<Entry> byDate = new TreeSet<>();
  private final Map<Long, Entry> entryOf = new HashMap<>();

  /** Files the key under the date, or takes it out when the date is null (the row is gone). */
  void put(long key, Instant date) {
    Entry old = entryOf.remove(key);
    if (old != null) {
      byDate.remove(old);
    }
    if (date != null) {
      Entry entry = new Entry(date, key);
      byDate.add(entry);
      entryOf.put(key, entry);
    }
  }

  /** The keys whose date is at or before the instant, earliest first. */
  List<Long> dueAt(Instant now) {
    List<Long> due = new ArrayList<>();
    for (Entry entry : byDate) {
      if (entry.date().isAfter(now)) {
        break;
      }
      due.add(entry.key());
    }
    return due;
  }

  void clear() {
    byDate.clear();
    entryOf.clear();
  }
}
