package org.amends.app.facilitation.web;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.amends.app.casework.Area;
import org.amends.app.casework.web.Labels;
import org.amends.app.facilitation.Facilitator;

/** One facilitator as the register lists them. */
record RegisterRow(long id, String name, String kind, String areas, String training, DbsWording dbs,
    boolean active) {

  static RegisterRow of(Facilitator f, LocalDate today) {
    return new RegisterRow(f.id(), f.name(), f.volunteer() ? "Volunteer" : "Staff",
        f.servedAreas().stream().map(Area::displayName).sorted().collect(Collectors.joining(", ")),
        Labels.sentence(f.trainingLevel()), DbsWording.of(f.dbsCheck(), today), f.available());
  }
}
