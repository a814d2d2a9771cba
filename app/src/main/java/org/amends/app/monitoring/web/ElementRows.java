package org.amends.app.monitoring.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The diagram page's table: one row per flow node of the diagram, with its counts or times
 * worded (each view passes the figures it shows and no others), and heat grades (0-4) that
 * colour the heatmap next to the printed numbers.
 */
final class ElementRows {

  private ElementRows() {}

  /** One element; the heat grades are relative to the largest figure of the same column. */
  record Row(String id, String name, String type, String link, long active, long incidents, long completed,
      long cancelled, long pastTarget, String medianSpent, String p90Spent, String medianWaiting,
      String longestWaiting, int spentHeat, int waitingHeat, String spentHeatWords, String waitingHeatWords) {

    boolean hasFigures() {
      return active + incidents + completed + cancelled > 0;
    }
  }

  static List<Row> of(DeployedDiagrams.Diagram diagram, Map<String, ElementCounts.Counts> counts,
      Map<String, ElementTimes.Times> times, Function<String, String> link) {
    double largestSpent = times.values().stream().map(ElementTimes.Times::p90Spent).filter(Objects::nonNull)
        .mapToDouble(Double::doubleValue).max().orElse(0);
    double largestWaiting = times.values().stream().map(ElementTimes.Times::longestWaiting).filter(Objects::nonNull)
        .mapToDouble(Double::doubleValue).max().orElse(0);
    return diagram.elements().stream()
        .filter(e -> !e.type().equals("boundaryEvent") || counts.containsKey(e.id()) || times.containsKey(e.id()))
        .map(e -> {
          ElementCounts.Counts c = counts.getOrDefault(e.id(), ElementCounts.Counts.NONE);
          ElementTimes.Times t = times.getOrDefault(e.id(), ElementTimes.Times.NONE);
          int spentHeat = Durations.grade(t.p90Spent(), largestSpent);
          int waitingHeat = Durations.grade(t.longestWaiting(), largestWaiting);
          return new Row(e.id(), e.name(), e.type(), link.apply(e.id()), c.active(), c.incidents(), c.completed(),
              c.cancelled(), t.pastTarget(), Durations.words(t.medianSpent()), Durations.words(t.p90Spent()),
              Durations.words(t.medianWaiting()), Durations.words(t.longestWaiting()), spentHeat, waitingHeat,
              Durations.gradeWords(spentHeat), Durations.gradeWords(waitingHeat));
        })
        .toList();
  }
}
