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
  private final Clock clock;

  FacilitatorService(
      FacilitatorRepository facilitators, AllocationRepository allocations, Clock clock) {
    this.facilitators = facilitators;
    this.allocations = allocations;
    this.clock = clock;
  }

  /** Adds a facilitator; they must be 18 or over (the database checks it too). */
  @Transactional
  public Facilitator register(Facilitator facilitator) {
    if (!facilitator.isAdultOn(LocalDate.now(clock))) {
      throw new IllegalArgumentException(
          "A facilitator must be " + Facilitator.MINIMUM_AGE + " or over");
    }
    return facilitators.save(facilitator);
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
