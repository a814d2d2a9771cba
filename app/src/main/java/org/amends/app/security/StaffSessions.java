package org.amends.app.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** Signs a member of staff out of every session, so that new roles or a deactivation apply now. */
@Component
class StaffSessions {

  private final SessionRegistry registry;

  StaffSessions(SessionRegistry registry) {
    this.registry = registry;
  }

  void signOut(String username) {
    registry.getAllPrincipals().stream()
        .filter(p -> p instanceof UserDetails user && user.getUsername().equals(username))
        .flatMap(p -> registry.getAllSessions(p, false).stream())
        .forEach(SessionInformation::expireNow);
  }
}
