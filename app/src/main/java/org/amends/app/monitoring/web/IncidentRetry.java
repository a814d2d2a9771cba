package org.amends.app.monitoring.web;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.CompletionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Retries an incident through the Camunda client as Operate does: the failed job gets retries
 * again, then the incident is resolved, so the job worker runs once more. If the cause is not
 * fixed, the job fails again and a new incident appears; the incidents page shows it with this
 * retry (who, when), so it is seen. A refusal by the engine is shown with its reason.
 */
@Service
class IncidentRetry {

  /** What happened: resolved (the job runs again), or refused with the engine's reason. */
  record Outcome(boolean resolved, String reason) {}

  static final int RETRIES = 1;

  private final CamundaClient camunda;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  IncidentRetry(CamundaClient camunda, JdbcTemplate jdbc, Clock clock) {
    this.camunda = camunda;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Outcome retry(Incidents.OpenIncident incident, String by) {
    Outcome outcome;
    try {
      if (incident.jobKey() != null) {
        camunda.newUpdateRetriesCommand(incident.jobKey()).retries(RETRIES).send().join();
      }
      camunda.newResolveIncidentCommand(incident.key()).send().join();
      outcome = new Outcome(true, null);
    } catch (ClientException | CompletionException e) {
      outcome = new Outcome(false, e.getMessage());
    }
    jdbc.update("""
        insert into amends.incident_retry (incident_key, process_instance_key, element_instance_key, retried_by, retried_at, outcome)
        select incident_key, process_instance_key, element_instance_key, ?, ?, ? from amends.report_incident where incident_key = ?""",
        by, Timestamp.from(clock.instant()), outcome.resolved() ? "RESOLVED" : "REFUSED", incident.key());
    if (outcome.resolved()) {
      // shown as resolved at once; the import confirms it on its next run
      jdbc.update("update amends.report_incident set state = 'RESOLVED', resolved_at = ? where incident_key = ?",
          Timestamp.from(clock.instant()), incident.key());
    }
    return outcome;
  }
}
