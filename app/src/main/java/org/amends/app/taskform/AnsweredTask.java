package org.amends.app.taskform;

import java.util.Map;

/**
 * A case's user task whose form was answered and checked: its key, its form, the case, the
 * variables the task sees and who completed it.
 */
public record AnsweredTask(
    long key, String formId, long caseId, Map<String, Object> variables, String completedBy) {

  /** A request key for rows the answers create, so that completing again creates none. */
  public String requestKey() {
    return "task-" + key;
  }
}
