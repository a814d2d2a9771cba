package org.amends.app.security;

import java.util.List;
import java.util.Set;
import org.amends.app.referral.ReferralSource;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Staff accounts to add at start (the development users of application-dev.yml; production may
 * name some with hashed passwords, though its staff are usually created on /setup and /users),
 * and which partner agencies may send referrals through the JSON API.
 */
@ConfigurationProperties("amends.security")
public record SecuritySettings(List<StaffUser> users, List<PartnerAgency> partners) {

  public SecuritySettings {
    users = users == null ? List.of() : List.copyOf(users);
    partners = partners == null ? List.of() : List.copyOf(partners);
  }

  /**
   * A member of staff; the password is in Spring Security's {id}encoded form ({argon2}…,
   * {bcrypt}…; {noop}… in development only). CurrentStaff.colleagues() returns these with a null
   * password.
   */
  public record StaffUser(String username, String password, String name, Set<Role> roles) {}

  /** A referring agency, its kind of referrer, and the API key it sends in X-API-Key. */
  public record PartnerAgency(String name, ReferralSource source, String apiKey) {}
}
