package org.amends.app.privacy;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What the retention job did, run by run (MANAGER only, see SecurityConfiguration). */
@Controller
class RetentionController {

  private static final int RUNS_SHOWN = 30;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final RetentionRuns runs;
  private final PrivacySettings settings;
  private final ZoneId zone;

  RetentionController(RetentionRuns runs, PrivacySettings settings, Clock clock) {
    this.runs = runs;
    this.settings = settings;
    this.zone = clock.getZone();
  }

  @GetMapping("/privacy/retention")
  @Audited(AuditAction.RETENTION_REPORT_VIEWED)
  String show(Model model) {
    model.addAttribute("retention", RetentionWording.of(settings.retention()));
    model.addAttribute("runs", runs.latest(RUNS_SHOWN).stream()
        .map(r -> new RunRow(r, WHEN.format(r.startedAt().atZone(zone)), DAY.format(r.closedBefore())))
        .toList());
    return "privacy/retention";
  }

  /** A run as the page shows it. */
  record RunRow(RetentionReport run, String started, String closedBefore) {}
}
