package org.amends.app.web;

/** One choice of a radio, checkbox or select fragment. */
public record Option(String value, String label, String hint) {

  public static Option of(String value, String label) {
    return new Option(value, label, null);
  }

  public static Option of(String value, String label, String hint) {
    return new Option(value, label, hint);
  }
}
