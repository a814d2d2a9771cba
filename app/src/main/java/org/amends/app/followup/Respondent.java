package org.amends.app.followup;

public enum Respondent {
  PARTY,
  REFERRER
}
