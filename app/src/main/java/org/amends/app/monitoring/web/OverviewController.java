package org.amends.app.monitoring.web;

import java.util.List;
import org.amends.app.web.chart.Chart;
import java.util.Map;
import org.amends.app.monitoring.history.HistoryImport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GET /monitoring (MONITOR, MANAGER): per process, the open cases or instances, those with
 * incidents, those past a target and their ages; the journey's referrals and closures per week.
 */
@Controller
class OverviewController {

  /** One process's row, worded. */
  record Row(String processId, String name, long open, long withIncidents, long pastTarget, String medianAge,
      String p90Age, boolean journey) {}

  private final Overview overview;
  private final StepNames names;
  private final HistoryImport historyImport;

  OverviewController(Overview overview, StepNames names, HistoryImport historyImport) {
    this.overview = overview;
    this.names = names;
    this.historyImport = historyImport;
  }

  @GetMapping("/monitoring")
  String overview(Model model) {
    StepNames.Lookup lookup = names.lookup();
    Map<String, Overview.ProcessFigures> figures = overview.processes();
    List<Row> rows = lookup.versions().keySet().stream()
        .map(id -> {
          Overview.ProcessFigures f = figures.getOrDefault(id, Overview.ProcessFigures.none(id));
          return new Row(id, lookup.process(id), f.open(), f.withIncidents(), f.pastTarget(),
              Durations.words(f.medianAge()), Durations.words(f.p90Age()), id.equals(MonitoredProcesses.JOURNEY));
        })
        .toList();
    WeeklyCounts weekly = overview.weekly(MonitoredProcesses.JOURNEY);
    model.addAttribute("rows", rows);
    model.addAttribute("importedAt", historyImport.lastRun() == null ? null : Wording.dateTime(historyImport.lastRun()));
    model.addAttribute("weekly", weekly);
    model.addAttribute("weeklyChart", Chart.line("weekly-chart", "Referrals and closures per week",
        "Cases opened (journeys started) and closed (journeys ended) in each of the last "
            + weekly.weeks().size() + " weeks, by week starting Monday",
        weekly.weeks().stream().map(w -> Wording.shortDate(w.monday())).toList(),
        List.of(new Chart.Series("Referrals", weekly.weeks().stream().map(WeeklyCounts.Week::referrals).toList()),
            new Chart.Series("Closures", weekly.weeks().stream().map(WeeklyCounts.Week::closures).toList()))));
    return "monitoring/overview";
  }
}
