package org.amends.app.casework;

/** The coordinator's first assessment, and the facilitators' second one after preparation. */
public enum AssessmentKind {
  INITIAL,
  SECOND
}
