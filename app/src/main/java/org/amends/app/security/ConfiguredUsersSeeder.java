package org.amends.app.security;

import java.util.EnumSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Adds the configured staff (the development users in application-dev.yml) to the accounts at
 * start-up, when they are not there yet: an account changed on the /users page stays as it is.
 * A development {noop} password is hashed here, so the table never holds one as typed.
 */
@Component
@Order(0)
class ConfiguredUsersSeeder implements ApplicationRunner {

  private static final String NOOP = "{noop}";

  private final ConfiguredUsers configured;
  private final StaffAccounts accounts;
  private final PasswordEncoder encoder;

  ConfiguredUsersSeeder(ConfiguredUsers configured, StaffAccounts accounts, PasswordEncoder encoder) {
    this.configured = configured;
    this.accounts = accounts;
    this.encoder = encoder;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (SecuritySettings.StaffUser user : configured.users()) {
      if (accounts.find(user.username()).isPresent()) {
        continue;
      }
      String hash = user.password().startsWith(NOOP)
          ? encoder.encode(user.password().substring(NOOP.length()))
          : user.password();
      accounts.seed(user.username(), user.name() == null ? user.username() : user.name(), hash,
          EnumSet.copyOf(user.roles()));
    }
  }
}
