package org.amends.app.casework;

public enum PartyRole {
  HARMED,
  HARMER,
  OTHER_AFFECTED,
  SUPPORTER
}
