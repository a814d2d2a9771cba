package org.amends.app.facilitation;

import java.util.List;

/**
 * A facilitator weighed for a case: proposed, with why, or left out, with every rule they do not
 * meet. The allocation task shows both.
 */
public record Candidate(Facilitator facilitator, int openCases, String proposedBecause,
    List<String> leftOutBecause) {

  public boolean proposed() {
    return leftOutBecause.isEmpty();
  }

  /** "Name: reason; reason" for the allocation task. Names only: the form is not a log. */
  public String explanation() {
    return facilitator.name() + ": "
        + (proposed() ? proposedBecause : String.join("; ", leftOutBecause));
  }
}
