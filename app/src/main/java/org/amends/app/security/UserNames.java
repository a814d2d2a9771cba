package org.amends.app.security;

/** User names: 1 to 64 of a-z, 0-9, dot, underscore and dash, checked in one pass. */
final class UserNames {

  static final int MAX = 64;

  private UserNames() {}

  static boolean wellFormed(String username) {
    if (username == null || username.isEmpty() || username.length() > MAX) {
      return false;
    }
    for (int i = 0; i < username.length(); i++) {
      char c = username.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }
}
