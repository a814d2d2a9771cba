package org.amends.engine.api;

import java.util.List;
import java.util.Map;

/**
 * What a task listener's worker decided: whether it denies the transition (and why), and the
 * attributes it corrects, keyed by Zeebe's names (assignee, dueDate, followUpDate, candidateUsers,
 * candidateGroups, priority); an attribute that is absent is kept, an empty value clears it.
 */
public record JobResult(boolean denied, String deniedReason, Map<String, Object> corrections) {

  public static final List<String> CORRECTABLE =
      List.of("assignee", "candidateGroups", "candidateUsers", "dueDate", "followUpDate", "priority");

  public static final JobResult NONE = new JobResult(false, null, Map.of());

  public JobResult {
    corrections = corrections == null ? Map.of() : Map.copyOf(corrections);
  }
}
