package org.amends.app.facilitation;

/** Specialist training is needed for sensitive and complex cases. */
public enum TrainingLevel {
  STANDARD,
  SPECIALIST
}
