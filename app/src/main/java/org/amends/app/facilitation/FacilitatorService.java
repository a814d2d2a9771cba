package org.amends.app.facilitation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Facilitators and the allocation of two of them to a case. */
@Service
public class FacilitatorService {

  private final FacilitatorRepository facilitators;
  private final AllocationRepository allocations;
  private final Conflicts conflicts;
  private final Clock clock;

  FacilitatorService(FacilitatorRepository facilitators, AllocationRepository allocations,
      Conflicts conflicts, Clock clock) {
    this.facilitators = facilitators;
    this.allocations = allocations;
    this.conflicts = conflicts;
    this.clock = clock;
  }

  /** Adds a facilitator; they must be 18 or over (the database checks it too). */
  @Transactional
  public Facilitator register(Facilitator facilitator) {
    requireAdult(facilitator);
    return facilitators.save(facilitator);
  }

  /**
   * Changes a facilitator's register details (contact, date of birth, areas, training level, DBS
   * check); their courses, supervisions, dates away and sign-in stay.
   */
  @Transactional
  public Facilitator update(long facilitatorId, Facilitator details) {
    requireAdult(details);
    return facilitators.save(get(facilitatorId).withDetails(details));
  }

  @Transactional
  public Facilitator addCourse(long facilitatorId, TrainingCourse course) {
    return facilitators.save(get(facilitatorId).withCourse(course));
  }

  @Transactional
  public Facilitator addSupervision(long facilitatorId, LocalDate supervisedOn) {
    return facilitators.save(get(facilitatorId).withSupervision(new Supervision(supervisedOn)));
  }

  @Transactional
  public Facilitator addAway(long facilitatorId, AwayPeriod away) {
    if (away.lastDay().isBefore(away.firstDay())) {
      throw new IllegalArgumentException("The last day away must be on or after the first");
    }
    return facilitators.save(get(facilitatorId).withAway(away));
  }

  /** Records that the facilitator must never be proposed for the case. */
  @Transactional
  public void recordConflict(long caseId, long facilitatorId, String recordedBy) {
    get(facilitatorId);
    conflicts.record(caseId, facilitatorId, recordedBy, LocalDate.now(clock));
  }

  public List<ConflictOfInterest> conflictsOf(long facilitatorId) {
    return conflicts.of(facilitatorId);
  }

  private void requireAdult(Facilitator facilitator) {
    if (!facilitator.isAdultOn(LocalDate.now(clock))) {
      throw new IllegalArgumentException(
          "A facilitator must be " + Facilitator.MINIMUM_AGE + " or over");
    }
  }

  public Facilitator get(long facilitatorId) {
    return facilitators.findById(facilitatorId)
        .orElseThrow(() -> new NoSuchElementException("No facilitator with id " + facilitatorId));
  }

  public List<Facilitator> all() {
    return facilitators.findAll();
  }

  @Transactional
  public Facilitator setAvailable(long facilitatorId, boolean available) {
    Facilitator facilitator = get(facilitatorId);
    return facilitator.available() == available
        ? facilitator
        : facilitators.save(facilitator.withAvailable(available));
  }

  /**
   * Allocates two facilitators to a case, ending any earlier allocation. Allocating the same two
   * again returns the current allocation, so a retried job changes nothing.
   */
  @Transactional
  public Allocation allocate(long caseId, long firstId, long secondId, String allocatedBy) {
    if (firstId == secondId) {
      throw new IllegalArgumentException("Allocate two different facilitators");
    }
    get(firstId);
    get(secondId);
    Optional<Allocation> current = allocations.findCurrent(caseId);
    if (current.isPresent() && current.get().isPair(firstId, secondId)) {
      return current.get();
    }
    LocalDate today = LocalDate.now(clock);
    current.ifPresent(earlier -> allocations.save(earlier.ended(today)));
    return allocations.save(
        new Allocation(null, caseId, firstId, secondId, allocatedBy, today, null));
  }

  /**
   * Links the facilitator to the member of staff who signs in as {@code username}, so they see
   * the cases they are allocated to. A user name belongs to one facilitator at most.
   */
  @Transactional
  public Facilitator linkStaffUser(long facilitatorId, String username) {
    Facilitator facilitator = get(facilitatorId);
    return username.equals(facilitator.username())
        ? facilitator
        : facilitators.save(facilitator.withUsername(username));
  }

  public Optional<Allocation> currentAllocation(long caseId) {
    return allocations.findCurrent(caseId);
  }
}
