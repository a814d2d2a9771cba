package org.amends.app.facilitation;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.amends.app.casework.Area;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A trained facilitator, volunteer or staff; two work each case together. */
@Table(schema = "amends", name = "facilitator")
public record Facilitator(
    @Id Long id,
    String name,
    String email,
    LocalDate dateOfBirth,
    TrainingLevel trainingLevel,
    boolean available,
    boolean volunteer,
    @MappedCollection(idColumn = "facilitator_id") Set<ServedArea> areas,
    @Version Long version,
    String username) {

  public static final int MINIMUM_AGE = 18;

  /** A new facilitator, not yet saved. */
  public static Facilitator of(
      String name,
      String email,
      LocalDate dateOfBirth,
      TrainingLevel trainingLevel,
      boolean volunteer,
      Set<Area> areas) {
    return new Facilitator(null, name, email, dateOfBirth, trainingLevel, true, volunteer,
        areas.stream().map(ServedArea::new).collect(Collectors.toSet()), null, null);
  }

  /** False without a date of birth: only an erased facilitator has none, and they do not work. */
  public boolean isAdultOn(LocalDate day) {
    return dateOfBirth != null && !dateOfBirth.plusYears(MINIMUM_AGE).isAfter(day);
  }

  public Set<Area> servedAreas() {
    return areas.stream().map(ServedArea::area).collect(Collectors.toSet());
  }

  Facilitator withAvailable(boolean isAvailable) {
    return new Facilitator(
        id, name, email, dateOfBirth, trainingLevel, isAvailable, volunteer, areas, version,
        username);
  }

  /**
   * The same facilitator, signing in as this member of staff: the cases they are allocated to
   * are the cases they see.
   */
  public Facilitator withUsername(String staffUsername) {
    return new Facilitator(
        id, name, email, dateOfBirth, trainingLevel, available, volunteer, areas, version,
        staffUsername);
  }
}
