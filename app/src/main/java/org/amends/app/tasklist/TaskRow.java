package org.amends.app.tasklist;

/**
 * One row of the tasklist. {@code assignee} is the user name and {@code assigneeName} the name
 * shown; {@code due} is in words and {@code overdue} makes it stand out.
 */
public record TaskRow(
    long key,
    String name,
    Long caseId,
    String reference,
    String area,
    String partyName,
    String assignee,
    String assigneeName,
    boolean mine,
    boolean open,
    String priority,
    String due,
    boolean overdue,
    String completedOn) {

  public boolean unassigned() {
    return assignee == null || assignee.isBlank();
  }

  /** "Record contact with the party — RJ-2026-00001", as banners name a task. */
  public String title() {
    return reference == null ? name : name + " — " + reference;
  }
}
