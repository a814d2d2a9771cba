package org.amends.app.security;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Whether the development profile was asked for: only then do development accounts sign in. */
@Component
class DevelopmentMode {

  static final String PROFILE = "dev";

  private final boolean on;

  DevelopmentMode(Environment environment) {
    this.on = environment.acceptsProfiles(Profiles.of(PROFILE));
  }

  boolean on() {
    return on;
  }
}
