package org.amends.app.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The development profile signs in with published passwords, so it listens on loopback only
 * (server.address in application-dev.yml). Widening the address with the profile on stops the
 * start; with it on, the log says so loudly.
 */
@Component
@Profile(DevelopmentMode.PROFILE)
class DevelopmentLoopbackGuard {

  private static final Logger log = LoggerFactory.getLogger(DevelopmentLoopbackGuard.class);

  DevelopmentLoopbackGuard(Environment environment, SecuritySettings settings) {
    String address = environment.getProperty("server.address");
    if (!loopback(address)) {
      throw new IllegalStateException("Refusing to start: the development profile has accounts with "
          + "known passwords, so it listens on loopback only, and server.address is "
          + (address == null || address.isBlank() ? "every interface" : address)
          + ". Run without the dev profile to serve other machines.");
    }
    log.warn("""

        ************************************************************************************
         DEVELOPMENT PROFILE: development accounts are ON ({}), password 'amends'.
         Listening on {} only. Never use this profile with real data.
        ************************************************************************************""",
        settings.users().stream().map(SecuritySettings.StaffUser::username).collect(Collectors.joining(", ")),
        address);
  }

  static boolean loopback(String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    try {
      return InetAddress.getByName(address.trim()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
