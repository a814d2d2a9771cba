package org.amends.app.areas;

import java.time.Instant;

/** One area or referral source: its stable code, its name, and when it stopped being offered. */
public record Choice(String code, String name, int position, Instant retiredAt) {

  public boolean retired() {
    return retiredAt != null;
  }

  /** The name as a filter or report shows it, so a retired one reads as such. */
  public String label() {
    return retired() ? name + " (retired)" : name;
  }
}
