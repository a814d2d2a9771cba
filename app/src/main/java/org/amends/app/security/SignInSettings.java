package org.amends.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in resists guessing: an account locks for {@code lockout} after {@code maxFailures}
 * failed sign-ins in a row; one client address may try {@code attemptsPerAddress} times per
 * {@code addressWindow}. The set-up token for the first manager is good for {@code setupTokenValidity}.
 */
@ConfigurationProperties("amends.security.sign-in")
record SignInSettings(
    Integer maxFailures,
    Duration lockout,
    Integer attemptsPerAddress,
    Duration addressWindow,
    Duration setupTokenValidity) {

  SignInSettings {
    maxFailures = maxFailures == null ? 5 : maxFailures;
    lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
    attemptsPerAddress = attemptsPerAddress == null ? 30 : attemptsPerAddress;
    addressWindow = addressWindow == null ? Duration.ofMinutes(5) : addressWindow;
    setupTokenValidity = setupTokenValidity == null ? Duration.ofHours(24) : setupTokenValidity;
  }

  /** "15 minutes", for the messages people read. */
  static String words(Duration duration) {
    long minutes = Math.max(1, duration.toMinutes());
    if (minutes % 60 == 0) {
      long hours = minutes / 60;
      return hours + (hours == 1 ? " hour" : " hours");
    }
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }
}
