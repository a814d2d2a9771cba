package org.amends.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.server.LocalPostgres;
import org.amends.engine.server.TestCredential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finished process instances are kept for the retention (default seven years) and then their
 * variables and history go; open instances stay whatever their age. Seen through the real client
 * with the engine clock pinned, as an auditor would look for what is left.
 */
class HistoryCleanupTest {

  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static LocalPostgres postgres;
  private static EngineServer server;
  private static CamundaClient client;

  @BeforeAll
  static void start() {
    postgres = LocalPostgres.startTemporary();
    server = EngineServer.start(EngineServerSettings.forTests(CREDENTIAL.credential()), postgres.dataSource(), false);
    client = CREDENTIAL.clientBuilder(server).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
    postgres.close();
  }

  @Test
  void shouldDeleteFinishedInstancesPastTheRetentionAndKeepOpenOnes() {
    // given: on 1 March 2026, a case that closes at once, one that stays open, and one whose
    // called meeting process has finished while the case itself is still open
    Instant start = Instant.parse("2026-03-01T09:00:00Z");
    client.newPinClockCommand().time(start).send().join();
    deploy(Bpmn.createExecutableProcess("Process_Closed").startEvent()
        .serviceTask("ServiceTask_Record", t -> t.zeebeJobType("record-closure")).endEvent().done());
    deploy(Bpmn.createExecutableProcess("Process_Open").startEvent()
        .userTask("UserTask_Contact", t -> t.zeebeUserTask()).endEvent().done());
    deploy(Bpmn.createExecutableProcess("Process_Meeting").startEvent().endEvent().done());
    deploy(Bpmn.createExecutableProcess("Process_Case").startEvent()
        .callActivity("CallActivity_Meeting", c -> c.zeebeProcessId("Process_Meeting"))
        .userTask("UserTask_FollowUp", t -> t.zeebeUserTask()).endEvent().done());
    long closed = startInstance("Process_Closed", Map.of("caseId", 1, "outcome", "agreement"));
    var job = client.newActivateJobsCommand().jobType("record-closure").maxJobsToActivate(1).send().join().getJobs().get(0);
    client.newCompleteCommand(job.getKey()).variables(Map.of("closedBy", 7)).send().join();
    long open = startInstance("Process_Open", Map.of("caseId", 2));
    long caseWithMeeting = startInstance("Process_Case", Map.of("caseId", 3));
    long meeting = client.newProcessInstanceSearchRequest()
        .filter(f -> f.parentProcessInstanceKey(caseWithMeeting)).send().join().items().get(0).getProcessInstanceKey();
    assertThat(client.newProcessInstanceGetRequest(closed).send().join().getState()).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(client.newProcessInstanceGetRequest(meeting).send().join().getState()).isEqualTo(ProcessInstanceState.COMPLETED);

    // when: a day short of seven years, nothing is due
    client.newPinClockCommand().time(OffsetDateTime.parse("2033-02-28T09:00:00Z").toInstant()).send().join();

    // then
    assertThat(instances(closed)).isEqualTo(1);

    // when: seven years and a day later
    client.newPinClockCommand().time(OffsetDateTime.parse("2033-03-02T09:00:00Z").toInstant()).send().join();

    // then: nothing of the closed case is left
    assertThat(instances(closed)).isZero();
    assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(closed)).send().join().items()).isEmpty();
    assertThat(client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(closed)).send().join().items()).isEmpty();
    assertThat(client.newJobSearchRequest().filter(f -> f.processInstanceKey(closed)).send().join().items()).isEmpty();
    // and the open ones are whole, the finished meeting of an open case included
    assertThat(client.newProcessInstanceGetRequest(open).send().join().getState()).isEqualTo(ProcessInstanceState.ACTIVE);
    assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(open)).send().join().items())
        .extracting(v -> v.getName()).containsExactly("caseId");
    assertThat(client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(open)).send().join().items()).hasSize(1);
    assertThat(client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(open)).send().join().items())
        .extracting(e -> e.getElementId()).contains("UserTask_Contact");
    assertThat(instances(meeting)).isEqualTo(1);
    assertThat(instances(caseWithMeeting)).isEqualTo(1);
  }

  private static long instances(long processInstanceKey) {
    return client.newProcessInstanceSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
        .send().join().page().totalItems();
  }

  private static void deploy(io.camunda.zeebe.model.bpmn.BpmnModelInstance process) {
    client.newDeployResourceCommand().addProcessModel(process, "process.bpmn").send().join();
  }

  private static long startInstance(String processId, Map<String, Object> variables) {
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables)
        .send().join().getProcessInstanceKey();
  }
}
