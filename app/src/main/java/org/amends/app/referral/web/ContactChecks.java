package org.amends.app.referral.web;

import java.util.regex.Pattern;

/** The contact details every way in checks the same way (and the database would refuse). */
final class ContactChecks {

  static final String EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.com";
  static final String PHONE_FORMAT =
      "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192";
  static final int MAX_NAME = 200;
  static final int MAX_TEXT = 2000;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]+$");

  private ContactChecks() {}

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static boolean validEmail(String value) {
    return value != null && EMAIL.matcher(value.trim()).matches();
  }

  /** UK and international numbers: digits with spaces, brackets or dashes, 10 to 15 digits. */
  static boolean validPhone(String value) {
    if (value == null || !PHONE.matcher(value.trim()).matches()) {
      return false;
    }
    long digits = value.chars().filter(Character::isDigit).count();
    return digits >= 10 && digits <= 15;
  }

  static String trimmed(String value) {
    return blank(value) ? null : value.trim();
  }
}
