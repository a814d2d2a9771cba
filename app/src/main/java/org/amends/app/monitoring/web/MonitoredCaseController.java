package org.amends.app.monitoring.web;

import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * GET /monitoring/cases/{reference} (MONITOR, MANAGER): a case's steps and times as a monitor may
 * see them, from the ageing list and the cases at an element. Codes and times only: the case page
 * with its people stays closed to monitors.
 */
@Controller
class MonitoredCaseController {

  /** One step, worded. */
  record StepRow(String process, String step, String state, String started, String ended, String took,
      String due, boolean pastTarget) {}

  private final CaseSteps cases;
  private final StepNames names;

  MonitoredCaseController(CaseSteps cases, StepNames names) {
    this.cases = cases;
    this.names = names;
  }

  @GetMapping("/monitoring/cases/{reference}")
  @Audited(AuditAction.MONITORED_CASE_VIEWED)
  String monitoredCase(@PathVariable String reference, Model model) {
    if (reference.length() > 30 || !reference.matches("^RJ-\\d{4}-\\d{5,}$")) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    CaseSteps.CaseFacts facts = cases.facts(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    StepNames.Lookup lookup = names.lookup();
    model.addAttribute("facts", facts);
    model.addAttribute("status", Wording.code(facts.status()));
    model.addAttribute("stage", Wording.code(facts.stage()));
    model.addAttribute("area", facts.area());
    model.addAttribute("source", Wording.code(facts.source()));
    model.addAttribute("referred", Wording.date(facts.referralDate()));
    model.addAttribute("steps", facts.processInstanceKey() == null ? java.util.List.of()
        : cases.steps(facts.processInstanceKey()).stream()
            .map(s -> new StepRow(lookup.process(s.processId()), lookup.step(s.processId(), s.elementId()),
                s.state().equals("ACTIVE") ? "Waiting" : Wording.code(s.state()), Wording.dateTime(s.started()),
                Wording.dateTime(s.ended()), Durations.words(s.seconds()),
                s.due() == null ? "No target" : Wording.dateTime(s.due()), s.pastTarget()))
            .toList());
    return "monitoring/case";
  }
}
