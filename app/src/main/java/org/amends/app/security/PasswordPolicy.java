package org.amends.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (NIST SP 800-63B, OWASP ASVS 2.1): 12 to 128 characters, any
 * characters, no rules about mixing kinds; not a commonly used password (a small list, matched
 * ignoring case) and not the user name. Messages are the GOV.UK way.
 */
@Component
class PasswordPolicy {

  static final int MIN = 12;
  static final int MAX = 128;
  private static final String COMMON = "security/common-passwords.txt";

  private final Set<String> common;

  PasswordPolicy() {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(new ClassPathResource(COMMON).getInputStream(), StandardCharsets.UTF_8))) {
      common = reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + COMMON, e);
    }
  }

  /** What is wrong with the password, or null when it will do. */
  String problem(String password, String username) {
    if (password == null || password.isEmpty()) {
      return "Enter a password";
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN) {
      return "Password must be " + MIN + " characters or more";
    }
    if (length > MAX) {
      return "Password must be " + MAX + " characters or fewer";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    boolean hasName = username != null && username.length() >= 4 && lower.contains(username.toLowerCase(Locale.ROOT));
    if (common.contains(lower) || hasName || lower.equals(username)) {
      return "Password is too easy to guess: choose one that is not a common password and does not contain the user name";
    }
    return null;
  }
}
