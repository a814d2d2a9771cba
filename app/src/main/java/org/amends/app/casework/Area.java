package org.amends.app.casework;

import java.util.Objects;

/**
 * An area the service covers, by its stable code: cases and facilitators keep the code, and the
 * service's list of areas ({@code amends.area}, managed by a manager) gives its name and whether
 * it is still offered. The one-argument constructor lets configuration and form binding turn a
 * code into an Area.
 */
public record Area(String code) {

  public Area {
    Objects.requireNonNull(code, "code");
  }

  public static Area of(String code) {
    return code == null || code.isBlank() ? null : new Area(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
