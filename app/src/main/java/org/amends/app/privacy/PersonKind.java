package org.amends.app.privacy;

import java.util.Arrays;
import java.util.Optional;

/** The people Amends holds data about: a party to a case, a referrer, a facilitator. */
enum PersonKind {
  PARTY("Party to a case"),
  REFERRER("Referrer"),
  FACILITATOR("Facilitator");

  private final String label;

  PersonKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** How the kind appears in a URL: "party", "referrer", "facilitator". */
  public String slug() {
    return name().toLowerCase();
  }

  static Optional<PersonKind> fromSlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug().equals(slug)).findFirst();
  }
}
