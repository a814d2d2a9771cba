package org.amends.app.monitoring.web;

/** Lengths of time in words a monitor reads at a glance: minutes, hours, then days. */
final class Durations {

  private Durations() {}

  /** "–" for none; "12 minutes", "5 hours", "3.5 days". */
  static String words(Double seconds) {
    if (seconds == null) {
      return "–";
    }
    double minutes = seconds / 60;
    if (minutes < 1) {
      return "under a minute";
    }
    if (minutes < 90) {
      long m = Math.round(minutes);
      return m + (m == 1 ? " minute" : " minutes");
    }
    double hours = minutes / 60;
    if (hours < 48) {
      long h = Math.round(hours);
      return h + (h == 1 ? " hour" : " hours");
    }
    double days = hours / 24;
    return (days < 10 ? String.format(java.util.Locale.UK, "%.1f", days) : String.valueOf(Math.round(days))) + " days";
  }

  /**
   * A heat grade from 0 (none) to 4 (the most), relative to the largest value shown: the colour
   * that goes with the printed number, never instead of it.
   */
  static int grade(Double value, double largest) {
    if (value == null || largest <= 0 || value <= 0) {
      return 0;
    }
    return (int) Math.max(1, Math.min(4, Math.ceil(4 * value / largest)));
  }

  static String gradeWords(int grade) {
    return switch (grade) {
      case 0 -> "none";
      case 1 -> "low";
      case 2 -> "moderate";
      case 3 -> "high";
      default -> "highest";
    };
  }
}
