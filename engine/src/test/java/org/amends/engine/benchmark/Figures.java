package org.amends.engine.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One run's throughput and job latencies (nanoseconds; from the sending of the command that
 * created each job, and from its answer: see {@link Workload}), printed as a row of the comparison.
 */
record Figures(String label, int instances, boolean finished, double perSecond, List<Long> latencies,
    List<Long> latenciesFromAnswer) {

  String row() {
    List<Long> sorted = sorted(latencies);
    List<Long> fromAnswer = sorted(latenciesFromAnswer);
    return String.format(
        "%-30s %7.1f instances/s   job latency from the command sent p50 %7.2f ms, p99 %7.2f ms;"
            + " from its answer p50 %6.2f ms, p99 %6.2f ms (%d jobs; all completed: %s)",
        label, perSecond, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6,
        percentile(fromAnswer, 50) / 1e6, percentile(fromAnswer, 99) / 1e6, sorted.size(), finished);
  }

  private static List<Long> sorted(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted;
  }

  private static long percentile(List<Long> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
