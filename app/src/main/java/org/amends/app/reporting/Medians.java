package org.amends.app.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The median of a list of counts (working days from referral to first contact). */
final class Medians {

  private Medians() {}

  /** The middle value, or the mean of the middle two; null for none. */
  static BigDecimal median(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
        : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
  }
}
