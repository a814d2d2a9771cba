package org.amends.app.casework;

public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH
}
