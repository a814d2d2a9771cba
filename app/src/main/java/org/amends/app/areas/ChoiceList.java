package org.amends.app.areas;

import java.util.Arrays;

/** The two lists a service keeps for itself: the areas it covers and who may refer to it. */
public enum ChoiceList {
  AREAS("area", "areas", "area", "Areas", "The areas the service covers. Cases and facilitators are matched on them."),
  SOURCES("referral_source", "sources", "referral source", "Referral sources",
      "Who refers cases to the service. Self-referral is what the public form records and cannot be retired.");

  private final String table;
  private final String slug;
  private final String noun;
  private final String heading;
  private final String description;

  ChoiceList(String table, String slug, String noun, String heading, String description) {
    this.table = table;
    this.slug = slug;
    this.noun = noun;
    this.heading = heading;
    this.description = description;
  }

  /** The table, schema-qualified; one of two fixed names, never from a request. */
  String table() {
    return "amends." + table;
  }

  public String slug() {
    return slug;
  }

  /** "area" or "referral source", for messages such as "Enter the area's name". */
  public String noun() {
    return noun;
  }

  public String heading() {
    return heading;
  }

  public String description() {
    return description;
  }

  static ChoiceList bySlug(String slug) {
    return Arrays.stream(values()).filter(l -> l.slug.equals(slug)).findFirst().orElse(null);
  }
}
