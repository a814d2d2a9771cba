package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Multi-instance semantics through the client: output elements per inner instance, counts. */
class MultiInstanceApiTest extends ApiTestSupport {

  private static BpmnModelInstance preparation(String processId, String type, boolean sequential, String condition) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .serviceTask("ServiceTask_Prepare", t -> t.zeebeJobType(type)
            .multiInstance(m -> {
              var loop = sequential ? m.sequential() : m.parallel();
              loop.zeebeInputCollectionExpression("parties")
                  .zeebeInputElement("party")
                  .zeebeOutputCollection("meetings")
                  .zeebeOutputElementExpression("meeting");
              if (condition != null) {
                loop.completionCondition(condition);
              }
            }))
        .userTask("UserTask_Review", u -> u.zeebeUserTask())
        .endEvent()
        .done();
  }

  private static List<ActivatedJob> jobs(String type, int expected) {
    List<ActivatedJob> jobs = new ArrayList<>();
    await(() -> {
      jobs.addAll(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10)
          .requestTimeout(Duration.ofMillis(500)).send().join().getJobs());
      return jobs.size() >= expected;
    });
    jobs.sort(Comparator.comparing(j -> ((Number) j.getVariablesAsMap().get("loopCounter")).intValue()));
    return jobs;
  }

  private static Map<String, String> processVariables(long instance) {
    Map<String, String> variables = new java.util.HashMap<>();
    client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).scopeKey(instance))
        .send().join().items().forEach(v -> variables.put(v.getName(), v.getValue()));
    return variables;
  }

  @Test
  void shouldKeepTheOutputElementLocalToEachInnerInstance() {
    // given three parallel inner instances
    String processId = uniqueId("Process_MiOutput");
    String type = "type-" + processId;
    deploy(preparation(processId, type, false, null));
    long instance = start(processId, Map.of("parties", List.of("harmed", "harmer", "supporter")))
        .getProcessInstanceKey();
    List<ActivatedJob> jobs = jobs(type, 3);

    // when they complete in reverse order, each with its own meeting
    for (int i = jobs.size() - 1; i >= 0; i--) {
      ActivatedJob job = jobs.get(i);
      assertThat(job.getVariablesAsMap()).containsEntry("meeting", null);
      client.newCompleteCommand(job.getKey())
          .variables(Map.of("meeting", "M-" + job.getVariablesAsMap().get("party"))).send().join();
    }

    // then each value is at its instance's index, and none leaked into the process scope
    await(() -> processVariables(instance).containsKey("meetings"));
    Map<String, String> variables = processVariables(instance);
    assertThat(variables.get("meetings")).isEqualTo("[\"M-harmed\",\"M-harmer\",\"M-supporter\"]");
    assertThat(variables).doesNotContainKey("meeting");
  }

  @Test
  void shouldNotShowAnInnerInstanceTheOutputElementOfTheOneBefore() {
    // given a sequential loop whose first instance completed with its meeting
    String processId = uniqueId("Process_MiSequential");
    String type = "type-" + processId;
    deploy(preparation(processId, type, true, null));
    long instance = start(processId, Map.of("parties", List.of("harmed", "harmer"))).getProcessInstanceKey();
    ActivatedJob first = jobs(type, 1).get(0);
    client.newCompleteCommand(first.getKey()).variables(Map.of("meeting", "M-1")).send().join();

    // when the second is activated
    ActivatedJob second = jobs(type, 1).get(0);

    // then it starts with its own empty output element
    assertThat(second.getVariablesAsMap()).containsEntry("party", "harmer").containsEntry("meeting", null);
    client.newCompleteCommand(second.getKey()).variables(Map.of("meeting", "M-2")).send().join();
    await(() -> processVariables(instance).containsKey("meetings"));
    assertThat(processVariables(instance).get("meetings")).isEqualTo("[\"M-1\",\"M-2\"]");
  }

  @Test
  void shouldSetTheLocalOutputElementFromAnOutputMapping() {
    // given inner instances whose output mapping fills the output element
    String processId = uniqueId("Process_MiMapping");
    String type = "type-" + processId;
    deploy(Bpmn.createExecutableProcess(processId)
        .startEvent()
        .serviceTask("ServiceTask_Prepare", t -> t.zeebeJobType(type)
            .zeebeOutputExpression("\"M-\" + result", "meeting")
            .multiInstance(m -> m.parallel()
                .zeebeInputCollectionExpression("parties")
                .zeebeInputElement("party")
                .zeebeOutputCollection("meetings")
                .zeebeOutputElementExpression("meeting")))
        .userTask("UserTask_Review", u -> u.zeebeUserTask())
        .endEvent()
        .done());
    long instance = start(processId, Map.of("parties", List.of("a", "b"))).getProcessInstanceKey();

    // when
    for (ActivatedJob job : jobs(type, 2)) {
      client.newCompleteCommand(job.getKey()).variables(Map.of("result", job.getVariablesAsMap().get("party"))).send().join();
    }

    // then
    await(() -> processVariables(instance).containsKey("meetings"));
    assertThat(processVariables(instance).get("meetings")).isEqualTo("[\"M-a\",\"M-b\"]");
    assertThat(processVariables(instance)).doesNotContainKey("meeting");
  }

  @Test
  void shouldCountACompletedInstanceOnceWhenItsConditionIncidentIsResolved() {
    // given a completion condition that fails until the limit is set
    String processId = uniqueId("Process_MiRecount");
    String type = "type-" + processId;
    deploy(preparation(processId, type, false, "=numberOfCompletedInstances >= limit"));
    long instance = start(processId, Map.of("parties", List.of("harmed", "harmer", "supporter")))
        .getProcessInstanceKey();
    List<ActivatedJob> jobs = jobs(type, 3);
    client.newCompleteCommand(jobs.get(0).getKey()).variables(Map.of("meeting", "M-1")).send().join();
    await(() -> !activeIncidents(instance).isEmpty());
    Incident incident = activeIncidents(instance).get(0);

    // when the limit is set and the incident resolved
    client.newSetVariablesCommand(instance).variables(Map.of("limit", 2)).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    // then one instance counts as completed, not two: the loop still waits for another
    await(() -> activeIncidents(instance).isEmpty());
    assertThat(client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId("ServiceTask_Prepare")).send().join().items())
        .filteredOn(e -> e.getState() == io.camunda.client.api.search.enums.ElementInstanceState.ACTIVE)
        .extracting(e -> e.getType().name())
        .containsExactlyInAnyOrder("MULTI_INSTANCE_BODY", "SERVICE_TASK", "SERVICE_TASK");
    client.newCompleteCommand(jobs.get(1).getKey()).variables(Map.of("meeting", "M-2")).send().join();
    await(() -> client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId("UserTask_Review")).send().join().items().size() == 1);
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.ACTIVE);
  }

  private static List<Incident> activeIncidents(long instance) {
    return client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE))
        .send().join().items();
  }
}
