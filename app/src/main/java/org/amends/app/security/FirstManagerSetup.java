package org.amends.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A first run has nobody to sign in: when no active manager exists, the start prints a one-time
 * token and the page where whoever holds it creates the first manager. Once a manager exists the
 * token is gone and the page answers 404.
 */
@Component
class FirstManagerSetup {

  static final String PATH = "/setup";
  private static final Logger log = LoggerFactory.getLogger(FirstManagerSetup.class);

  private final StaffAccounts accounts;
  private final SetupTokens tokens;
  private final SignInSettings settings;
  private final Environment environment;

  FirstManagerSetup(StaffAccounts accounts, SetupTokens tokens, SignInSettings settings, Environment environment) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.settings = settings;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void offerSetup() {
    if (accounts.activeManagerExists()) {
      tokens.discard();
      return;
    }
    String token = tokens.issue(settings.setupTokenValidity());
    String host = environment.getProperty("server.address", "localhost");
    String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    log.warn("""

        ************************************************************************************
         No manager can sign in yet. Create the first manager at
           http://{}:{}{}  (or {} on this app's public address)
         with this one-time set-up token (good for {}, shown only now):
           {}
        ************************************************************************************""",
        host, port, PATH, PATH, SignInSettings.words(settings.setupTokenValidity()), token);
  }

  /** Whether the set-up page is open: a token waits and still no manager exists. */
  boolean open() {
    return !accounts.activeManagerExists() && tokens.pending();
  }

  /** Creates the first manager if the token is right; false (nothing created) if it is not. */
  @Transactional
  boolean createFirstManager(String token, NewAccount manager) {
    if (accounts.activeManagerExists() || !tokens.redeem(token)) {
      return false;
    }
    accounts.create(manager.username(), manager.displayName(), manager.password(), manager.roles());
    return true;
  }
}
