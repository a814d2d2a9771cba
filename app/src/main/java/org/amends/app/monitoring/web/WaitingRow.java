package org.amends.app.monitoring.web;

/** A case waiting at a step, worded for the tables. */
record WaitingRow(String reference, String caseLink, String area, String stage, String since, String waited,
    String due, boolean pastTarget, String processId, String elementId) {

  static WaitingRow of(Ageing.Waiting w) {
    return new WaitingRow(w.reference(), "/monitoring/cases/" + w.reference(), w.area(),
        Wording.code(w.stage()), Wording.dateTime(w.since()), Durations.words(w.waited()),
        w.due() == null ? "No target" : Wording.dateTime(w.due()), w.pastTarget(), w.processId(), w.elementId());
  }
}
