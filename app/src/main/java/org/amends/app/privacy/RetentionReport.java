package org.amends.app.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What one retention run did: the cases it anonymised and how many rows of each table. */
record RetentionReport(
    Long id,
    Instant startedAt,
    Instant finishedAt,
    String retention,
    LocalDate closedBefore,
    List<String> caseReferences,
    Map<String, Integer> rowsPerTable) {

  public int cases() {
    return caseReferences.size();
  }

  public int rows() {
    return rowsPerTable.values().stream().mapToInt(Integer::intValue).sum();
  }
}
