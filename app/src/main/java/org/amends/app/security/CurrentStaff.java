package org.amends.app.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in member of staff: user name, display name, and candidate groups. */
@Component
public class CurrentStaff {

  private final SecuritySettings settings;

  CurrentStaff(SecuritySettings settings) {
    this.settings = settings;
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

  /** The display name of a user name, or the user name when it is not a configured user. */
  public String displayName(String username) {
    return findUser(username).map(SecuritySettings.StaffUser::name).orElse(username);
  }

  /** Every configured member of staff, for "assign to a colleague". */
  public List<SecuritySettings.StaffUser> colleagues() {
    return settings.users();
  }

  private Optional<SecuritySettings.StaffUser> findUser(String username) {
    return settings.users().stream().filter(u -> u.username().equals(username)).findFirst();
  }
}
