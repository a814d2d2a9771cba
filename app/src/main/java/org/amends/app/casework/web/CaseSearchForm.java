package org.amends.app.casework.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * The case list's search, from the query string. Codes are kept as typed so that a search the
 * list cannot run comes back with what was asked and a message, not a 400 page.
 */
class CaseSearchForm {

  private String reference;
  private String name;
  private String area;
  private String stage;
  private String status;

  String trimmedReference() {
    return blankToNull(reference);
  }

  String trimmedName() {
    return blankToNull(name);
  }

  /** The code the value names; empty when it was left at "Any" or names no code (isAny tells which). */
  static <E extends Enum<E>> Optional<E> code(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equals(value.trim()))
        .findFirst();
  }

  static boolean isAny(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
