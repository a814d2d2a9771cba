package org.amends.app.facilitation.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.amends.app.casework.Area;
import org.amends.app.casework.web.Labels;
import org.amends.app.facilitation.Facilitator;

/** One facilitator as the register lists them. */
record RegisterRow(long id, String name, String kind, String areas, String training, DbsWording dbs,
    boolean active) {

  static RegisterRow of(Facilitator f, LocalDate today, Map<String, String> areaNames) {
    return new RegisterRow(f.id(), f.name(), f.volunteer() ? "Volunteer" : "Staff",
        areas(f, areaNames),
        Labels.sentence(f.trainingLevel()), DbsWording.of(f.dbsCheck(), today), f.available());
  }

  /** The areas they work in by name ({@code ServiceChoices.names}), in alphabetical order. */
  static String areas(Facilitator f, Map<String, String> areaNames) {
    return f.servedAreas().stream().map(Area::code).map(code -> areaNames.getOrDefault(code, code)).sorted()
        .collect(Collectors.joining(", "));
  }
}
