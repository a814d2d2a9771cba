package org.amends.app.privacy;

import java.time.LocalDate;

/**
 * Someone Amends holds data about, as the people search shows them: their kind and id, name, the
 * case they belong to (none for a facilitator) and when they were erased, if they were.
 */
record Person(PersonKind kind, long id, String name, String detail, String caseReference,
    Long caseId, boolean caseOpen, LocalDate anonymisedOn) {

  public String href() {
    return "/privacy/people/" + kind.slug() + "/" + id;
  }
}
