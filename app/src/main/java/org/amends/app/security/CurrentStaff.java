package org.amends.app.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in member of staff: user name, display name, and candidate groups. */
@Component
public class CurrentStaff {

  private final StaffAccounts accounts;

  CurrentStaff(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  public String username() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new IllegalStateException("Nobody is signed in");
    }
    return authentication.getName();
  }

  /** The Camunda candidate groups the signed-in user belongs to, from their roles. */
  public List<String> groups() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return List.of();
    }
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_"))
        .map(a -> a.substring("ROLE_".length()))
        .filter(r -> Arrays.stream(Role.values()).anyMatch(v -> v.name().equals(r)))
        .map(r -> Role.valueOf(r).group())
        .toList();
  }

  /** The display name of a user name (deactivated staff too), or the user name when nobody has it. */
  public String displayName(String username) {
    return accounts.find(username).map(StaffAccount::displayName).orElse(username);
  }

  /**
   * Every member of staff who may sign in now, for "assign to a colleague". The password of each
   * is null: it never leaves the accounts.
   */
  public List<SecuritySettings.StaffUser> colleagues() {
    return accounts.active().stream()
        .map(a -> new SecuritySettings.StaffUser(a.username(), null, a.displayName(), a.roleSet()))
        .toList();
  }
}
