package org.amends.app.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which cases a member of staff may see. Coordinators and managers see every case; a facilitator
 * sees only the cases they are allocated to now (through the facilitator record linked to their
 * user name); nobody else sees any. The URL rules in {@link SecurityConfiguration} say who may
 * open case pages at all; this says which cases.
 */
@Component
public class CaseAccess {

  /**
   * The condition a case list adds to show a facilitator's cases only: the case (alias {@code c})
   * has a current allocation to the facilitator whose user name is the parameter {@code :allocatedTo}.
   */
  public static final String ALLOCATED_TO = """
      exists (select 1 from amends.allocation al
              join amends.facilitator f
                on f.id in (al.first_facilitator_id, al.second_facilitator_id)
              where al.case_id = c.id and al.ended_on is null and f.username = :allocatedTo)""";

  private final CurrentStaff staff;
  private final JdbcClient jdbc;

  CaseAccess(CurrentStaff staff, JdbcClient jdbc) {
    this.staff = staff;
    this.jdbc = jdbc;
  }

  /** Whether the signed-in member of staff may see every case. */
  public boolean seesEveryCase() {
    return seesEveryCase(staff.groups());
  }

  /**
   * Empty when the signed-in member of staff sees every case; otherwise the user name whose
   * allocations limit what they see (for {@link #ALLOCATED_TO}).
   */
  public Optional<String> allocatedOnlyTo() {
    return seesEveryCase() ? Optional.empty() : Optional.of(staff.username());
  }

  /** Whether the signed-in member of staff may see the case. */
  public boolean maySee(long caseId) {
    return maySee(staff.username(), staff.groups(), caseId);
  }

  /** Whether someone with these candidate groups may see the case (for assigning a colleague). */
  public boolean maySee(String username, Collection<String> groups, long caseId) {
    if (seesEveryCase(groups)) {
      return true;
    }
    return groups.contains(Role.FACILITATOR.group()) && isAllocated(username, caseId);
  }

  /** The ids of the cases the signed-in member of staff may see; empty when they see every case. */
  public Optional<List<Long>> visibleCaseIds() {
    return allocatedOnlyTo().map(username -> staff.groups().contains(Role.FACILITATOR.group())
        ? jdbc.sql("select c.id from amends.case_file c where " + ALLOCATED_TO + " order by c.id")
            .param("allocatedTo", username)
            .query(Long.class)
            .list()
        : List.of());
  }

  /** The facilitator record of the signed-in member of staff, if they are a facilitator. */
  public Optional<Long> ownFacilitatorId() {
    return jdbc.sql("select id from amends.facilitator where username = :username")
        .param("username", staff.username())
        .query(Long.class)
        .optional();
  }

  private boolean isAllocated(String username, long caseId) {
    return jdbc.sql("select count(*) from amends.case_file c where c.id = :caseId and " + ALLOCATED_TO)
        .param("caseId", caseId)
        .param("allocatedTo", username)
        .query(Long.class)
        .single() > 0;
  }

  /** Whether someone with these candidate groups sees every case. */
  public static boolean seesEveryCase(Collection<String> groups) {
    return groups.contains(Role.COORDINATOR.group()) || groups.contains(Role.MANAGER.group());
  }
}
