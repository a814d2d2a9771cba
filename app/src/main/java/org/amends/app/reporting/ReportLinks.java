package org.amends.app.reporting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The report's links for one period: a figure's cases, a table's CSV, the PDF. */
record ReportLinks(ReportPeriod period) {

  public String cases(Figure figure, String key) {
    return "/reports/cases?figure=" + figure.key() + (key == null ? "" : "&key=" + encode(key)) + "&" + period.query();
  }

  public String csv(String table) {
    return "/reports/" + table + ".csv?" + period.query();
  }

  public String pdf() {
    return "/reports/report.pdf?" + period.query();
  }

  public String report() {
    return "/reports?" + period.query();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
