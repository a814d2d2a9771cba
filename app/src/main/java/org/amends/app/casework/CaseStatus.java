package org.amends.app.casework;

public enum CaseStatus {
  OPEN,
  CLOSED
}
