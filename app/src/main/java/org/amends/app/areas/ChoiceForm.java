package org.amends.app.areas;

/** The name of an area or referral source, as typed. */
public class ChoiceForm {

  private String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  String trimmedName() {
    return name == null ? "" : name.trim().replaceAll("\\s+", " ");
  }
}
