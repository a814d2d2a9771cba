package org.amends.app.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.amends.app.web.Option;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The annual report for managers and monitors: the figures of a reporting year or a date range,
 * each with its definition and the case references behind it, its tables as CSV, and the whole
 * report as a PDF. References and codes only: no one is named.
 */
@Controller
class ReportController {

  private static final int YEARS_OFFERED = 6;

  private final AnnualReports reports;
  private final Drilldown drilldown;
  private final ReportCsv csv;
  private final ReportPdf pdf;
  private final Clock clock;

  ReportController(AnnualReports reports, Drilldown drilldown, ReportCsv csv, ReportPdf pdf, Clock clock) {
    this.reports = reports;
    this.drilldown = drilldown;
    this.csv = csv;
    this.pdf = pdf;
    this.clock = clock;
  }

  @GetMapping("/reports")
  String report(@ModelAttribute("periodForm") PeriodForm form, BindingResult errors, Model model) {
    Optional<ReportPeriod> asked = form.period(today(), errors);
    ReportPeriod period = asked.orElse(ReportPeriod.yearOf(today()));
    model.addAttribute("formFailed", errors.hasErrors());
    model.addAttribute("report", reports.report(period));
    model.addAttribute("years", years(period));
    model.addAttribute("selectedYear", period.reportingYear() ? period.yearLabel() : "");
    model.addAttribute("links", new ReportLinks(period));
    return "reporting/report";
  }

  @Audited(AuditAction.REPORT_CASES_LISTED)
  @GetMapping("/reports/cases")
  String cases(@RequestParam String figure, @RequestParam(required = false) String key,
      @ModelAttribute("periodForm") PeriodForm form, BindingResult errors, Model model) {
    Figure f = Figure.byKey(figure).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    ReportPeriod period = form.period(today(), errors).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    String safeKey = key == null || key.isBlank() || key.length() > 60 ? null : key;
    model.addAttribute("figure", f);
    model.addAttribute("key", safeKey);
    model.addAttribute("period", period);
    model.addAttribute("links", new ReportLinks(period));
    model.addAttribute("lines", drilldown.lines(f, safeKey, period));
    return "reporting/cases";
  }

  @GetMapping("/reports/{table:[a-z-]{1,40}}.csv")
  ResponseEntity<byte[]> table(@PathVariable String table, @ModelAttribute("periodForm") PeriodForm form,
      BindingResult errors) {
    ReportPeriod period = form.period(today(), errors).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    AnnualReport report = reports.report(period);
    byte[] body = csv.write(report, table).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return download(body, "text/csv;charset=UTF-8", table + "-" + period.slug() + ".csv");
  }

  @GetMapping("/reports/report.pdf")
  ResponseEntity<byte[]> printable(@ModelAttribute("periodForm") PeriodForm form, BindingResult errors) {
    ReportPeriod period = form.period(today(), errors).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    return download(pdf.render(reports.report(period)), MediaType.APPLICATION_PDF_VALUE,
        "annual-report-" + period.slug() + ".pdf");
  }

  private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  /** The last few reporting years, newest first, and the one shown if it is older. */
  private List<Option> years(ReportPeriod shown) {
    List<Option> years = new ArrayList<>();
    ReportPeriod year = ReportPeriod.yearOf(today());
    for (int i = 0; i < YEARS_OFFERED; i++) {
      years.add(Option.of(year.yearLabel(), year.yearLabel()));
      year = year.previous();
    }
    if (shown.reportingYear() && years.stream().noneMatch(o -> o.value().equals(shown.yearLabel()))) {
      years.add(Option.of(shown.yearLabel(), shown.yearLabel()));
    }
    return years;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
