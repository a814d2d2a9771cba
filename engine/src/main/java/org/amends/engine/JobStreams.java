package org.amends.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The open job streams, by job type; each push starts with the next stream of the type in turn. */
final class JobStreams {

  private final Map<String, List<JobStream>> byType = new HashMap<>();
  private int turn;

  synchronized void open(JobStream stream) {
    byType.computeIfAbsent(stream.request().type(), type -> new ArrayList<>()).add(stream);
  }

  synchronized void close(JobStream stream) {
    List<JobStream> open = byType.get(stream.request().type());
    if (open != null && open.remove(stream) && open.isEmpty()) {
      byType.remove(stream.request().type());
    }
  }

  synchronized boolean has(String type) {
    return byType.containsKey(type);
  }

  synchronized int count(String type) {
    return byType.getOrDefault(type, List.of()).size();
  }

  /** The type's open streams, starting with a different one each time (round robin). */
  synchronized List<JobStream> inTurn(String type) {
    List<JobStream> open = byType.getOrDefault(type, List.of());
    if (open.isEmpty()) {
      return List.of();
    }
    List<JobStream> rotated = new ArrayList<>(open);
    Collections.rotate(rotated, -(turn++ % rotated.size()));
    return rotated;
  }

  synchronized List<JobStream> all() {
    List<JobStream> all = new ArrayList<>();
    byType.values().forEach(all::addAll);
    return all;
  }
}
