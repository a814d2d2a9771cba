package org.amends.app.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff accounts: who may sign in, with which roles. Development accounts count only in the
 * development profile, so a database once used for development signs nobody in without it.
 * A change of roles or a deactivation signs the person out everywhere, so it takes effect at once.
 */
@Service
class StaffAccounts {

  private final StaffAccountRepository repository;
  private final PasswordEncoder encoder;
  private final DevelopmentMode development;
  private final StaffSessions sessions;

  StaffAccounts(StaffAccountRepository repository, PasswordEncoder encoder, DevelopmentMode development,
      StaffSessions sessions) {
    this.repository = repository;
    this.encoder = encoder;
    this.development = development;
    this.sessions = sessions;
  }

  /** The account that may sign in with this user name: active, and usable in this profile. */
  Optional<StaffAccount> usable(String username) {
    return find(username).filter(a -> a.active() && usable(a));
  }

  Optional<StaffAccount> find(String username) {
    if (!UserNames.wellFormed(username)) {
      return Optional.empty();
    }
    return repository.findByUsername(username);
  }

  /** Every account this profile knows, by display name. */
  List<StaffAccount> all() {
    return repository.findAllByOrderByDisplayNameAsc().stream().filter(this::usable).toList();
  }

  /** Everyone who may sign in now: the people a task can be assigned to. */
  List<StaffAccount> active() {
    return all().stream().filter(StaffAccount::active).toList();
  }

  boolean activeManagerExists() {
    return repository.activeManagerExists(development.on());
  }

  /** A new account; the password is hashed here and never kept as typed. */
  @Transactional
  StaffAccount create(String username, String displayName, String password, Set<Role> roles) {
    return repository.save(StaffAccount.of(username, displayName, encoder.encode(password), roles, false));
  }

  /** An account from configuration: its password is already hashed ({argon2}… or {bcrypt}…). */
  @Transactional
  void seed(String username, String displayName, String passwordHash, Set<Role> roles) {
    if (repository.findByUsername(username).isEmpty()) {
      repository.save(StaffAccount.of(username, displayName, passwordHash, roles, development.on()));
    }
  }

  @Transactional
  void changeRoles(StaffAccount account, Set<Role> roles) {
    repository.save(account.withRoles(roles));
    sessions.signOut(account.username());
  }

  @Transactional
  void setActive(StaffAccount account, boolean active) {
    repository.save(account.withActive(active));
    if (!active) {
      sessions.signOut(account.username());
    }
  }

  /** Whether this profile knows the account at all: development accounts only in development. */
  boolean usable(StaffAccount account) {
    return !account.development() || development.on();
  }
}
