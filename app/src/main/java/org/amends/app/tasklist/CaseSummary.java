package org.amends.app.tasklist;

import java.util.List;

/** A case as the task page shows it beside the task (templates/tasklist/case-summary.html). */
public record CaseSummary(
    long caseId,
    String reference,
    String status,
    String stage,
    String area,
    String offenceType,
    List<PartyLine> parties,
    List<HistoryStep> history,
    List<ContactLine> contacts,
    List<NoteLine> notes) {

  public record PartyLine(String role, String name, String status) {}

  /** A finished step of the journey: a person's task or an automatic step. */
  public record HistoryStep(String name, String kind, String completedAt) {}

  public record ContactLine(String contactedAt, String party, String method, String outcome, String by, String notes) {}

  public record NoteLine(String writtenAt, String writtenBy, String text) {}
}
