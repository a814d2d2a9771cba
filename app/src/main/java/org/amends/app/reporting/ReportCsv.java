package org.amends.app.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * Each table of the report as CSV (RFC 4180, Apache Commons CSV), and the headline figures with
 * their definitions as the table "figures". A UTF-8 byte order mark goes first, so that
 * spreadsheets read "−" and "£" as they are.
 */
@Component
class ReportCsv {

  static final String FIGURES = "figures";

  Optional<byte[]> write(AnnualReport report, String table) {
    List<List<String>> rows = new ArrayList<>();
    if (FIGURES.equals(table)) {
      rows.add(List.of("Period", "Figure", "Value", "Detail", "Definition"));
      report.headlines().forEach(h -> rows.add(List.of(report.period().label(), h.figure().title(), h.value(),
          h.detail(), h.figure().definition())));
    } else {
      Optional<AnnualReport.Table> found = report.tables().stream().filter(t -> t.id().equals(table)).findFirst();
      if (found.isEmpty()) {
        return Optional.empty();
      }
      AnnualReport.Table t = found.get();
      List<String> headings = new ArrayList<>(List.of("Period"));
      headings.addAll(t.headings());
      rows.add(headings);
      for (AnnualReport.Row row : t.rows()) {
        List<String> cells = new ArrayList<>(List.of(report.period().label(), row.label()));
        row.cells().forEach(c -> cells.add(c.text()));
        rows.add(cells);
      }
    }
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
