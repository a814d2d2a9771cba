package org.amends.app.monitoring.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** GET /monitoring/ageing (MONITOR, MANAGER): the open cases that have waited longest at each step. */
@Controller
class AgeingController {

  static final int PER_STEP = 5;

  /** A waiting case with its step's names. */
  record Row(String process, String step, WaitingRow waiting) {}

  private final Ageing ageing;
  private final StepNames names;

  AgeingController(Ageing ageing, StepNames names) {
    this.ageing = ageing;
    this.names = names;
  }

  @GetMapping("/monitoring/ageing")
  String ageing(Model model) {
    StepNames.Lookup lookup = names.lookup();
    model.addAttribute("rows", ageing.longest(PER_STEP, MonitoringFilter.none()).stream()
        .map(WaitingRow::of)
        .map(w -> new Row(lookup.process(w.processId()), lookup.step(w.processId(), w.elementId()), w))
        .toList());
    model.addAttribute("perStep", PER_STEP);
    return "monitoring/ageing";
  }
}
