package org.amends.engine.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One run's throughput and job latencies (nanoseconds), printed as a row of the comparison. */
record Figures(String label, int instances, boolean finished, double perSecond, List<Long> latencies) {

  String row() {
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return String.format(
        "%-30s %7.1f instances/s   job latency p50 %8.2f ms, p99 %8.2f ms (%d jobs; all completed: %s)",
        label, perSecond, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted.size(), finished);
  }

  private static long percentile(List<Long> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
