package org.amends.app.casework;

public enum PartyStatus {
  ACTIVE,
  WITHDRAWN,
  DECLINED
}
