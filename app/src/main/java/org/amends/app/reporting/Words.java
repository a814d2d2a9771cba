package org.amends.app.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Codes and numbers as the report writes them. */
final class Words {

  private Words() {}

  /** YOUTH_OFFENDING_TEAM reads "Youth offending team"; SELF "Self-referral"; GP keeps its capitals. */
  static String code(String code) {
    if (code == null) {
      return "";
    }
    if (code.equals("SELF")) {
      return "Self-referral";
    }
    String words = code.replace('_', ' ').toLowerCase(Locale.UK).replace("gp ", "GP ").replace("follow up", "follow-up");
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A whole percentage, half up ("96%"); null when there is nothing to divide by. */
  static String percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP) + "%";
  }

  /** A number without trailing zeros ("81000", "12.5"). */
  static String number(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
