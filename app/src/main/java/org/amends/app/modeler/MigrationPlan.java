package org.amends.app.modeler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moving the open cases of one version to another: for each element where cases wait now, the
 * element of the target version they move to (proposed by id, editable by the manager).
 */
public record MigrationPlan(ProcessVersion source, ProcessVersion target, List<Row> rows) {

  /** An element with open cases at it, how many, and where they go ("" for nowhere yet). */
  public record Row(String elementId, String elementName, long cases, String targetElementId) {}

  public Map<String, String> mapping() {
    Map<String, String> mapping = new LinkedHashMap<>();
    rows.forEach(r -> mapping.put(r.elementId(), r.targetElementId()));
    return mapping;
  }

  /** The rows whose element has no target: migration is refused while there are any. */
  public List<Row> unmapped() {
    return rows.stream().filter(r -> r.targetElementId() == null || r.targetElementId().isBlank()).toList();
  }
}
