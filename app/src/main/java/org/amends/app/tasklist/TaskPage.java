package org.amends.app.tasklist;

import java.util.List;
import java.util.Map;

/**
 * A task as its page shows it. {@code formSchema} is the Camunda form's JSON (null when the task
 * has none) and {@code variables} what the task sees, to prefill the form.
 */
public record TaskPage(
    long key,
    String name,
    boolean open,
    String assignee,
    String assigneeName,
    boolean mine,
    String due,
    boolean overdue,
    String formSchema,
    Map<String, Object> variables,
    List<VariableLine> variableLines,
    Long caseId,
    String reference) {

  public record VariableLine(String name, String value) {}

  public boolean hasForm() {
    return formSchema != null;
  }

  public boolean unassigned() {
    return assignee == null || assignee.isBlank();
  }

  public String title() {
    return reference == null ? name : name + " — " + reference;
  }
}
