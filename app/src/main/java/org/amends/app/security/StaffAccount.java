package org.amends.app.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of staff who signs in: the password only as a hash, the roles, whether the account
 * may sign in (active), and its failed sign-ins and lock-out. Development accounts (seeded by the
 * development profile) sign in only with that profile.
 */
@Table(schema = "amends", name = "staff_account")
record StaffAccount(
    @Id Long id,
    String username,
    String displayName,
    String passwordHash,
    @MappedCollection(idColumn = "staff_account_id") Set<StaffRole> roles,
    boolean active,
    boolean development,
    int failedSignIns,
    Instant lockedUntil,
    @Version Long version) {

  static StaffAccount of(String username, String displayName, String passwordHash, Set<Role> roles,
      boolean development) {
    return new StaffAccount(null, username, displayName, passwordHash, StaffRole.of(roles), true,
        development, 0, null, null);
  }

  Set<Role> roleSet() {
    return roles.isEmpty()
        ? EnumSet.noneOf(Role.class)
        : roles.stream().map(StaffRole::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  StaffAccount withRoles(Set<Role> newRoles) {
    return new StaffAccount(id, username, displayName, passwordHash, StaffRole.of(newRoles), active,
        development, failedSignIns, lockedUntil, version);
  }

  StaffAccount withActive(boolean isActive) {
    return new StaffAccount(id, username, displayName, passwordHash, roles, isActive, development,
        failedSignIns, lockedUntil, version);
  }

  /** One of the account's roles (a row of staff_account_role). */
  @Table(schema = "amends", name = "staff_account_role")
  record StaffRole(Role role) {
    static Set<StaffRole> of(Set<Role> roles) {
      return roles.stream().map(StaffRole::new).collect(Collectors.toSet());
    }
  }
}
