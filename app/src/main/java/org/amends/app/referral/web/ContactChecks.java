package org.amends.app.referral.web;

import java.util.regex.Pattern;

/** The contact details every way in checks the same way (and the database would refuse). */
final class ContactChecks {

  static final String EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.com";
  static final String PHONE_FORMAT =
      "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192";
  static final int MAX_NAME = 200;
  static final int MAX_TEXT = 2000;
  /** The longest email address that can be delivered (RFC 5321 path limit less the brackets). */
  static final int MAX_EMAIL = 254;
  static final int MAX_PHONE = 30;
  private static final int MAX_LOCAL_PART = 64;

  // one character class, repeated: matching is linear, and the length is capped before it runs
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]+$");

  private ContactChecks() {}

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static boolean tooLongEmail(String value) {
    return value != null && value.trim().length() > MAX_EMAIL;
  }

  /**
   * name@domain.tld, checked in one pass (no pattern, so nothing to backtrack): one @, a local
   * part of 1 to 64 characters, a domain with a dot that is neither first nor last and no empty
   * label, no spaces, 254 characters at most.
   */
  static boolean validEmail(String value) {
    if (value == null) {
      return false;
    }
    String email = value.trim();
    int at = email.indexOf('@');
    if (email.length() > MAX_EMAIL || at < 1 || at > MAX_LOCAL_PART || at != email.lastIndexOf('@')) {
      return false;
    }
    for (int i = 0; i < email.length(); i++) {
      if (Character.isWhitespace(email.charAt(i))) {
        return false;
      }
    }
    String domain = email.substring(at + 1);
    return domain.indexOf('.') > 0 && !domain.endsWith(".") && !domain.contains("..");
  }

  /** UK and international numbers: digits with spaces, brackets or dashes, 10 to 15 digits. */
  static boolean validPhone(String value) {
    if (value == null || value.trim().length() > MAX_PHONE || !PHONE.matcher(value.trim()).matches()) {
      return false;
    }
    long digits = value.chars().filter(Character::isDigit).count();
    return digits >= 10 && digits <= 15;
  }

  static String trimmed(String value) {
    return blank(value) ? null : value.trim();
  }
}
