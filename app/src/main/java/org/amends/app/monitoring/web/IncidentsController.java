package org.amends.app.monitoring.web;

import java.util.Optional;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.AuditSubject;
import org.amends.app.audit.Audited;
import org.amends.app.security.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Open incidents (MONITOR, MANAGER) and their retry: GET /monitoring/incidents, POST
 * /monitoring/incidents/{incidentKey}/retry. A retry is recorded with who did it (incident_retry
 * and the audit log); an incident that comes back after one is shown with it.
 */
@Controller
class IncidentsController {

  /** An open incident, worded. */
  record Row(long key, String process, String step, String reference, String caseLink, String errorType,
      String errorMessage, String since, String age, boolean retryable, String lastRetry) {}

  private final Incidents incidents;
  private final IncidentRetry retry;
  private final StepNames names;
  private final CurrentStaff staff;

  IncidentsController(Incidents incidents, IncidentRetry retry, StepNames names, CurrentStaff staff) {
    this.incidents = incidents;
    this.retry = retry;
    this.names = names;
    this.staff = staff;
  }

  @GetMapping("/monitoring/incidents")
  String incidents(Model model) {
    StepNames.Lookup lookup = names.lookup();
    model.addAttribute("rows", incidents.open().stream()
        .map(i -> new Row(i.key(), lookup.process(i.processId()), lookup.step(i.processId(), i.elementId()),
            i.reference(), i.reference() == null ? null : "/monitoring/cases/" + i.reference(),
            Wording.code(i.errorType()), i.errorMessage(), Wording.dateTime(i.createdAt()), Durations.words(i.age()),
            i.jobKey() != null || !i.errorType().endsWith("NO_RETRIES"),
            i.lastRetriedBy() == null ? null
                : "Came back after a retry by " + i.lastRetriedBy() + " on " + Wording.dateTime(i.lastRetriedAt())))
        .toList());
    return "monitoring/incidents";
  }

  @PostMapping("/monitoring/incidents/{incidentKey}/retry")
  @Audited(AuditAction.INCIDENT_RETRIED)
  String retry(@PathVariable long incidentKey, RedirectAttributes redirect) {
    AuditSubject.subject("INCIDENT", String.valueOf(incidentKey));
    Optional<Incidents.OpenIncident> incident = incidents.open(incidentKey);
    if (incident.isEmpty()) {
      redirect.addFlashAttribute("problem", "Incident " + incidentKey + " is no longer open: it was resolved or its case ended");
      return "redirect:/monitoring/incidents";
    }
    incidents.caseId(incident.get().processInstanceKey()).ifPresent(AuditSubject::caseId);
    IncidentRetry.Outcome outcome = retry.retry(incident.get(), staff.username());
    if (outcome.resolved()) {
      redirect.addFlashAttribute("message", "Incident " + incidentKey + " retried: the step runs again. If its cause is "
          + "not fixed it fails again and comes back on this page, marked as retried.");
    } else {
      redirect.addFlashAttribute("problem", "Incident " + incidentKey + " could not be retried: " + outcome.reason());
    }
    return "redirect:/monitoring/incidents";
  }
}
