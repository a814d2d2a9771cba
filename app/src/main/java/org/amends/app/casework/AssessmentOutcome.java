package org.amends.app.casework;

public enum AssessmentOutcome {
  PROCEED,
  PROCEED_WITH_CONDITIONS,
  REFER_ON,
  CLOSE
}
