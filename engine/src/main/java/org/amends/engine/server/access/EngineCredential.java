package org.amends.engine.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The one credential the engine accepts, as the Camunda client sends it with {@code
 * camunda.client.auth.method=basic}: {@code Authorization: Basic base64(username:password)}. The
 * check has no HTTP or Spring dependency, so that every transport (the REST and management
 * ports, a gRPC gateway's {@code authorization} metadata) asks the same question.
 */
public final class EngineCredential {

  /** The environment variables (and properties) the standalone engine reads it from. */
  public static final String USERNAME_VARIABLE = "AMENDS_ENGINE_AUTH_USERNAME";
  public static final String PASSWORD_VARIABLE = "AMENDS_ENGINE_AUTH_PASSWORD";
  public static final String USERNAME_PROPERTY = "amends.engine.auth.username";
  public static final String PASSWORD_PROPERTY = "amends.engine.auth.password";

  private final String username;
  private final byte[] usernameDigest;
  private final byte[] passwordDigest;

  private EngineCredential(String username, String password) {
    this.username = username;
    this.usernameDigest = sha256(username);
    this.passwordDigest = sha256(password);
  }

  /** A username and password; neither may be blank. */
  public static EngineCredential basic(String username, String password) {
    if (username == null || username.isBlank() || password == null || password.isBlank()) {
      throw new IllegalArgumentException(
          "The engine needs a credential: set " + USERNAME_VARIABLE + " and " + PASSWORD_VARIABLE
              + " (properties " + USERNAME_PROPERTY + " and " + PASSWORD_PROPERTY + ")");
    }
    if (username.indexOf(':') >= 0) {
      throw new IllegalArgumentException("The engine's username must not contain ':' (" + USERNAME_VARIABLE + ")");
    }
    return new EngineCredential(username, password);
  }

  public String username() {
    return username;
  }

  /**
   * Whether an {@code Authorization} value carries this credential. Both parts are compared as
   * digests in constant time, and both are always compared, so the answer's timing says nothing
   * about how much of a guess was right.
   */
  public boolean matches(String authorization) {
    if (authorization == null || authorization.length() > 4096) {
      return false;
    }
    String value = authorization.strip();
    if (value.length() < 6 || !value.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(value.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return false;
    }
    boolean user = MessageDigest.isEqual(usernameDigest, sha256(decoded.substring(0, colon)));
    boolean password = MessageDigest.isEqual(passwordDigest, sha256(decoded.substring(colon + 1)));
    return user & password;
  }

  /** The header value a client sends for this credential (for the engine's own callers and tests). */
  public static String basicHeader(String username, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "EngineCredential[" + username + ", password hidden]";
  }
}
