package org.amends.app.fault;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import java.util.ArrayList;
import java.util.List;

/**
 * What the run reads from the engine's REST API, and the one thing it does there as an operator
 * would in Operate: an email whose sending a kill cut short after the message went to the mail
 * server is an incident that asks a person to check whether it arrived and then resolve it, which
 * the operator does (the run counts afterwards, in {@link Verdict}, whether such emails arrived).
 * Every other incident is left alone: the run fails on it.
 */
final class Operator {

  static final String JOURNEY = "restorative-justice-case";
  static final String UNCERTAIN_EMAIL = "may or may not have arrived";
  private static final int LIMIT = 10_000;

  private final CamundaClient engine;

  Operator(CamundaClient engine) {
    this.engine = engine;
  }

  /** The user tasks open at this element, oldest first. */
  List<UserTask> openTasks(String elementId) {
    return engine.newUserTaskSearchRequest()
        .filter(f -> f.elementId(elementId).state(UserTaskState.CREATED))
        .page(p -> p.limit(LIMIT))
        .send().join().items();
  }

  /** How many journeys (root instances of the case process) exist in this state. */
  long journeys(ProcessInstanceState state) {
    return engine.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(JOURNEY).state(state))
        .page(p -> p.limit(1))
        .send().join().page().totalItems();
  }

  List<Incident> openIncidents() {
    return engine.newIncidentSearchRequest()
        .filter(f -> f.state(IncidentState.ACTIVE))
        .page(p -> p.limit(LIMIT))
        .send().join().items();
  }

  /**
   * Resolves the incidents of emails whose sending was cut short; returns the other open incidents, which nobody should have to resolve.
   */
  List<Incident> resolveUncertainEmails() {
    List<Incident> others = new ArrayList<>();
    for (Incident incident : openIncidents()) {
      String message = incident.getErrorMessage() == null ? "" : incident.getErrorMessage();
      if (!message.contains(UNCERTAIN_EMAIL) || incident.getJobKey() == null) {
        others.add(incident);
        continue;
      }
      engine.newUpdateRetriesCommand(incident.getJobKey()).retries(1).send().join();
      engine.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
      System.out.printf("[kill-test] resolved as an operator: %s%n", message);
    }
    return others;
  }
}
