package org.amends.app.security;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and locks the account after too many in a row; a good
 * sign-in starts the count again. The lock-out is logged with the user name (never a password).
 */
@Component
class SignInFailures {

  private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

  private final StaffAccountRepository repository;
  private final SignInSettings settings;
  private final Clock clock;

  SignInFailures(StaffAccountRepository repository, SignInSettings settings, Clock clock) {
    this.repository = repository;
    this.settings = settings;
    this.clock = clock;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    String username = event.getAuthentication().getName();
    if (!UserNames.wellFormed(username)) {
      return;
    }
    repository.countFailure(username).filter(count -> count >= settings.maxFailures()).ifPresent(count -> {
      Instant until = clock.instant().plus(settings.lockout());
      repository.lock(username, until);
      log.warn("Sign-in locked for user '{}' until {} after {} failed attempts in a row",
          username, until, count);
    });
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
      repository.clearFailures(token.getName());
    }
  }
}
