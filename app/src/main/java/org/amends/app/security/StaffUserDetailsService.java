package org.amends.app.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs staff in from their accounts. A locked account is refused before its password is
 * checked; an inactive one, or a development account outside the development profile, is as
 * unknown as a user name nobody has.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

  private final StaffAccounts accounts;
  private final Clock clock;

  StaffUserDetailsService(StaffAccounts accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    StaffAccount account = accounts.usable(username)
        .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    return User.withUsername(account.username())
        .password(account.passwordHash())
        .authorities(account.roleSet().stream().map(Role::authority).toArray(String[]::new))
        .accountLocked(account.lockedAt(clock.instant()))
        .build();
  }
}
