package org.amends.app.privacy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** A retention period in words: "7 years", "1 year and 6 months". */
final class RetentionWording {

  private RetentionWording() {}

  static String of(Period period) {
    List<String> parts = new ArrayList<>();
    add(parts, period.getYears(), "year");
    add(parts, period.getMonths(), "month");
    add(parts, period.getDays(), "day");
    return String.join(" and ", parts);
  }

  private static void add(List<String> parts, int n, String unit) {
    if (n != 0) {
      parts.add(n + " " + unit + (n == 1 ? "" : "s"));
    }
  }
}
