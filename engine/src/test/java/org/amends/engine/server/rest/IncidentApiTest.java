package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentApiTest extends ApiTestSupport {

  /** A job that failed with no retries left: an incident on the service task. */
  private static long failedJob(String processId, String type) {
    deploy(serviceTaskProcess(processId, type));
    long instance = start(processId).getProcessInstanceKey();
    var job = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1)
        .requestTimeout(Duration.ofSeconds(1)).send().join().getJobs().get(0);
    client.newFailCommand(job.getKey()).retries(0).errorMessage("mail server unreachable").send().join();
    return instance;
  }

  @Test
  void shouldSearchAndGetIncident() {
    // given
    String processId = uniqueId("Process_Incident");
    long instance = failedJob(processId, "type-" + processId);

    // when
    var found = client.newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE))
        .sort(s -> s.creationTime().asc()).send().join();

    // then
    assertThat(found.items()).singleElement().satisfies(incident -> {
      assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
      assertThat(incident.getElementId()).isEqualTo("ServiceTask_Work");
      assertThat(incident.getProcessDefinitionId()).isEqualTo(processId);
      assertThat(incident.getCreationTime()).isNotNull();
    });
    Incident incident = client.newIncidentGetRequest(found.items().get(0).getIncidentKey()).send().join();
    assertThat(incident.getErrorMessage()).isEqualTo("mail server unreachable");
    assertThat(client.newIncidentsByProcessInstanceSearchRequest(instance).send().join().items()).hasSize(1);
    assertThat(client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId("ServiceTask_Work")).send().join().items())
        .singleElement().satisfies(e -> {
          assertThat(e.getIncident()).isTrue();
          assertThat(e.getIncidentKey()).isEqualTo(incident.getIncidentKey());
        });
  }

  @Test
  void shouldResolveIncidentAfterRetriesAreGiven() {
    // given
    String processId = uniqueId("Process_Resolve");
    String type = "type-" + processId;
    long instance = failedJob(processId, type);
    Incident incident = client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items().get(0);
    client.newUpdateRetriesCommand(incident.getJobKey()).retries(1).send().join();

    // when
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    // then
    assertThat(client.newIncidentGetRequest(incident.getIncidentKey()).send().join().getState())
        .isEqualTo(IncidentState.RESOLVED);
    var job = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1)
        .requestTimeout(Duration.ofSeconds(2)).send().join().getJobs();
    assertThat(job).hasSize(1);
    client.newCompleteCommand(job.get(0).getKey()).send().join();
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldRaiseIncidentForFailingExpression() {
    // given
    String processId = uniqueId("Process_Expression");
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .exclusiveGateway("Gateway_Risk")
        .condition("=risk > 5").endEvent("EndEvent_High")
        .moveToLastExclusiveGateway().condition("=risk <= 5").endEvent("EndEvent_Low").done());

    // when
    long instance = start(processId, Map.of("other", 1)).getProcessInstanceKey();

    // then
    var incidents = client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items();
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.getElementId()).isEqualTo("Gateway_Risk");
      assertThat(i.getErrorType()).isIn(IncidentErrorType.CONDITION_ERROR, IncidentErrorType.EXTRACT_VALUE_ERROR);
    });
    assertThat(client.newProcessInstanceSearchRequest().filter(f -> f.processInstanceKey(instance).hasIncident(true))
        .send().join().items()).hasSize(1);
  }
}
