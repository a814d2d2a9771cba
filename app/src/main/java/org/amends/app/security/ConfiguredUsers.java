package org.amends.app.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The staff accounts named in configuration (amends.security.users), checked before anything
 * starts: a password is a hash in Spring Security's form ({argon2}… or {bcrypt}…), and a
 * {noop} (plain text) password stops the start unless the development profile was asked for.
 */
@Component
class ConfiguredUsers {

  private final List<SecuritySettings.StaffUser> users;

  ConfiguredUsers(SecuritySettings settings, Environment environment) {
    boolean development = environment.acceptsProfiles(Profiles.of(DevelopmentMode.PROFILE));
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < settings.users().size(); i++) {
      SecuritySettings.StaffUser user = settings.users().get(i);
      String where = "amends.security.users[" + i + "]";
      String password = user.password() == null ? "" : user.password();
      if (!UserNames.wellFormed(user.username())) {
        problems.add(where + ".username must be 1 to 64 of a-z, 0-9, '.', '_' and '-'");
      }
      if (user.roles() == null || user.roles().isEmpty()) {
        problems.add(where + ".roles must name at least one of COORDINATOR, FACILITATOR, MANAGER, MONITOR");
      }
      if (password.startsWith("{noop}")) {
        if (!development) {
          problems.add(where + ".password is a plain-text {noop} password, which only the development "
              + "profile accepts: give an {argon2}… or {bcrypt}… hash, or create staff on the /users page");
        }
      } else if (!password.startsWith("{argon2}") && !password.startsWith("{bcrypt}")) {
        problems.add(where + ".password must be an {argon2}… or {bcrypt}… hash");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
    }
    this.users = settings.users();
  }

  List<SecuritySettings.StaffUser> users() {
    return users;
  }
}
