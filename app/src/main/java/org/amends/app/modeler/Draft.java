package org.amends.app.modeler;

import java.time.Instant;

/** A manager's saved, not yet deployed edit of a process (BPMN XML) or form (form-js JSON). */
public record Draft(Kind kind, String resourceId, String content, int lintErrors, String savedBy, Instant savedAt) {

  public enum Kind { PROCESS, FORM }

  public String savedAtText() {
    return Times.format(savedAt);
  }
}
