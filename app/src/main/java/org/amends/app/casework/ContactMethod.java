package org.amends.app.casework;

public enum ContactMethod {
  EMAIL,
  PHONE,
  TEXT,
  LETTER,
  IN_PERSON
}
