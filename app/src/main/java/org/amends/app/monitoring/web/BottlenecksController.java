package org.amends.app.monitoring.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** GET /monitoring/bottlenecks (MONITOR, MANAGER): where people's and automated steps are waiting. */
@Controller
class BottlenecksController {

  /** A people's step, worded. */
  record PeopleRow(String process, String step, String group, long waiting, long unassigned, String longestWait,
      String medianWait, long pastTarget) {}

  /** An automated step, worded. */
  record AutomatedRow(String process, String step, long waiting, long retrying, String retriesLeft,
      long openIncidents, long failures) {}

  private final Bottlenecks bottlenecks;
  private final StepNames names;

  BottlenecksController(Bottlenecks bottlenecks, StepNames names) {
    this.bottlenecks = bottlenecks;
    this.names = names;
  }

  @GetMapping("/monitoring/bottlenecks")
  String bottlenecks(Model model) {
    StepNames.Lookup lookup = names.lookup();
    model.addAttribute("people", bottlenecks.people().stream()
        .map(s -> new PeopleRow(lookup.process(s.processId()), lookup.step(s.processId(), s.elementId()),
            Wording.code(s.group()), s.waiting(), s.unassigned(), Durations.words(s.longestWait()),
            Durations.words(s.medianWait()), s.pastTarget()))
        .toList());
    model.addAttribute("automated", bottlenecks.automated().stream()
        .map(s -> new AutomatedRow(lookup.process(s.processId()), lookup.step(s.processId(), s.elementId()),
            s.waiting(), s.retrying(), s.retriesLeft() == null ? "–" : String.valueOf(s.retriesLeft()),
            s.openIncidents(), s.failures()))
        .toList());
    return "monitoring/bottlenecks";
  }
}
