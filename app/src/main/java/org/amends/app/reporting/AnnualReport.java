package org.amends.app.reporting;

import java.util.List;
import org.amends.app.web.chart.Chart;

/**
 * The report for one period: the headline figures, then the tables (each with its chart where
 * people would rather look than read). Every figure carries its definition; every row a key that
 * lists its cases.
 */
record AnnualReport(ReportPeriod period, List<Headline> headlines, List<Table> tables) {

  /** One headline figure: its value as printed and what the value rests on ("n = 25, ..."). */
  record Headline(Figure figure, String value, String detail) {}

  /** A table of the report, with the figure whose cases its cells list. */
  record Table(String id, Figure figure, List<String> headings, List<Row> rows, Chart chart) {

    public String title() {
      return figure.title();
    }
  }

  /** A row: its label and its cells. */
  record Row(String label, List<Cell> cells) {}

  /** A number as printed, and the key of its cases (null: a share, or nothing to list). */
  record Cell(String text, String key) {}

  Headline headline(Figure figure) {
    return headlines.stream().filter(h -> h.figure() == figure).findFirst().orElseThrow();
  }

  Table table(String id) {
    return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
