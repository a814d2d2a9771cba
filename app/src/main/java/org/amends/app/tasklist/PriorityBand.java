package org.amends.app.tasklist;

/** Camunda priorities run from 0 to 100 (50 when the diagram sets none); staff think in three bands. */
enum PriorityBand {
  HIGH("High", 75, 100),
  NORMAL("Normal", 26, 74),
  LOW("Low", 0, 25);

  private final String label;
  private final int min;
  private final int max;

  PriorityBand(String label, int min, int max) {
    this.label = label;
    this.min = min;
    this.max = max;
  }

  String label() {
    return label;
  }

  int min() {
    return min;
  }

  int max() {
    return max;
  }

  static PriorityBand of(Integer priority) {
    int p = priority == null ? 50 : priority;
    return p >= HIGH.min ? HIGH : p <= LOW.max ? LOW : NORMAL;
  }
}
