package org.amends.app.facilitation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.amends.app.casework.Area;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A trained facilitator, volunteer or staff; two work each case together. {@code available} is
 * whether they are active on the register: a deactivated facilitator is never proposed.
 */
@Table(schema = "amends", name = "facilitator")
public record Facilitator(
    @Id Long id,
    String name,
    String email,
    String phone,
    LocalDate dateOfBirth,
    TrainingLevel trainingLevel,
    boolean available,
    boolean volunteer,
    @MappedCollection(idColumn = "facilitator_id") Set<ServedArea> areas,
    @MappedCollection(idColumn = "facilitator_id") Set<TrainingCourse> courses,
    @MappedCollection(idColumn = "facilitator_id") Set<Supervision> supervisions,
    @MappedCollection(idColumn = "facilitator_id") Set<AwayPeriod> awayPeriods,
    String dbsCertificateNumber,
    LocalDate dbsIssuedOn,
    @Version Long version,
    String username) {

  public static final int MINIMUM_AGE = 18;

  /** A new facilitator, not yet saved, with no DBS check recorded yet. */
  public static Facilitator of(
      String name,
      String email,
      LocalDate dateOfBirth,
      TrainingLevel trainingLevel,
      boolean volunteer,
      Set<Area> areas) {
    return new Facilitator(null, name, email, null, dateOfBirth, trainingLevel, true, volunteer,
        served(areas), Set.of(), Set.of(), Set.of(), null, null, null, null);
  }

  /** False without a date of birth: only an erased facilitator has none, and they do not work. */
  public boolean isAdultOn(LocalDate day) {
    return dateOfBirth != null && !dateOfBirth.plusYears(MINIMUM_AGE).isAfter(day);
  }

  public Set<Area> servedAreas() {
    return areas.stream().map(ServedArea::area).collect(Collectors.toSet());
  }

  /** Whether they are away on the day (holiday, illness). */
  public boolean awayOn(LocalDate day) {
    return awayPeriods.stream().anyMatch(p -> p.includes(day));
  }

  public DbsCheck dbsCheck() {
    return new DbsCheck(dbsCertificateNumber, dbsIssuedOn);
  }

  /** The same facilitator with this DBS certificate recorded. */
  public Facilitator withDbsCheck(String certificateNumber, LocalDate issuedOn) {
    return new Facilitator(id, name, email, phone, dateOfBirth, trainingLevel, available, volunteer,
        areas, courses, supervisions, awayPeriods, certificateNumber, issuedOn, version, username);
  }

  /** The same facilitator (id, version, sign-in, courses, dates) with new register details. */
  Facilitator withDetails(Facilitator details) {
    return new Facilitator(id, details.name, details.email, details.phone, details.dateOfBirth,
        details.trainingLevel, available, details.volunteer, details.areas, courses, supervisions,
        awayPeriods, details.dbsCertificateNumber, details.dbsIssuedOn, version, username);
  }

  /** The same facilitator with their phone number. */
  public Facilitator withPhone(String phoneNumber) {
    return new Facilitator(id, name, email, phoneNumber, dateOfBirth, trainingLevel, available,
        volunteer, areas, courses, supervisions, awayPeriods, dbsCertificateNumber, dbsIssuedOn,
        version, username);
  }

  Facilitator withAvailable(boolean isAvailable) {
    return new Facilitator(id, name, email, phone, dateOfBirth, trainingLevel, isAvailable,
        volunteer, areas, courses, supervisions, awayPeriods, dbsCertificateNumber, dbsIssuedOn,
        version, username);
  }

  Facilitator withCourse(TrainingCourse course) {
    return new Facilitator(id, name, email, phone, dateOfBirth, trainingLevel, available, volunteer,
        areas, added(courses, course), supervisions, awayPeriods, dbsCertificateNumber, dbsIssuedOn,
        version, username);
  }

  Facilitator withSupervision(Supervision supervision) {
    return new Facilitator(id, name, email, phone, dateOfBirth, trainingLevel, available, volunteer,
        areas, courses, added(supervisions, supervision), awayPeriods, dbsCertificateNumber,
        dbsIssuedOn, version, username);
  }

  /** With these dates away; a period recorded from the same first day is replaced by it. */
  Facilitator withAway(AwayPeriod away) {
    Set<AwayPeriod> others = awayPeriods.stream()
        .filter(p -> !p.firstDay().equals(away.firstDay())).collect(Collectors.toSet());
    return new Facilitator(id, name, email, phone, dateOfBirth, trainingLevel, available, volunteer,
        areas, courses, supervisions, added(others, away), dbsCertificateNumber, dbsIssuedOn,
        version, username);
  }

  /**
   * The same facilitator, signing in as this member of staff: the cases they are allocated to
   * are the cases they see.
   */
  public Facilitator withUsername(String staffUsername) {
    return new Facilitator(id, name, email, phone, dateOfBirth, trainingLevel, available, volunteer,
        areas, courses, supervisions, awayPeriods, dbsCertificateNumber, dbsIssuedOn, version,
        staffUsername);
  }

  static Set<ServedArea> served(Set<Area> areas) {
    return areas.stream().map(ServedArea::new).collect(Collectors.toSet());
  }

  private static <T> Set<T> added(Set<T> set, T item) {
    Set<T> copy = new HashSet<>(set);
    copy.add(item);
    return copy;
  }
}
