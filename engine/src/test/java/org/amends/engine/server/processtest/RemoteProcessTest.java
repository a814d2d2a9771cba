package org.amends.engine.server.processtest;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static io.camunda.process.test.api.CamundaAssert.assertThatDecision;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaProcessTestExtension;
import io.camunda.process.test.api.assertions.DecisionSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.amends.engine.server.TestEngineServer;
import org.amends.engine.server.conformance.ConformanceExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Camunda Process Test 8.8.14 in remote mode drives the engine server exactly as it drives a
 * Camunda 8 cluster: its utilities, its assertions, its clock and its purge after each test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ConformanceExtension.class)
class RemoteProcessTest {

  @RegisterExtension
  static final CamundaProcessTestExtension EXTENSION = TestEngineServer.processTestExtension();

  private CamundaClient client;
  private CamundaProcessTestContext processTestContext;

  private void deploy(BpmnModelInstance process) {
    client.newDeployResourceCommand().addProcessModel(process, "process.bpmn").send().join();
  }

  private ProcessInstanceEvent start(String processId, Map<String, Object> variables) {
    return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables).send().join();
  }

  private static BpmnModelInstance referral() {
    return Bpmn.createExecutableProcess("Process_Referral")
        .startEvent("StartEvent_ReferralReceived")
        .serviceTask("ServiceTask_CheckEligibility", t -> t.zeebeJobType("check-eligibility"))
        .userTask("UserTask_AssessRisk", t -> t.zeebeUserTask().name("Assess risk")
            .zeebeAssignee("amira").zeebeCandidateGroups("coordinators").zeebeTaskPriority("70"))
        .serviceTask("ServiceTask_NotifyVictim", t -> t.zeebeJobType("notify-victim"))
        .endEvent("EndEvent_ReferralAccepted")
        .done();
  }

  @Test
  @Order(1)
  void shouldCompleteJobsAndUserTaskInOrder() {
    // given
    deploy(referral());
    ProcessInstanceEvent instance = start("Process_Referral", Map.of("caseId", "C-1"));

    // when
    processTestContext.completeJob("check-eligibility", Map.of("eligible", true));

    // then
    assertThat(instance).isActive().hasActiveElements("UserTask_AssessRisk").hasVariable("eligible", true);
    assertThat(UserTaskSelectors.byElementId("UserTask_AssessRisk"))
        .isCreated()
        .hasName("Assess risk")
        .hasAssignee("amira")
        .hasCandidateGroup("coordinators")
        .hasPriority(70)
        .hasProcessInstanceKey(instance.getProcessInstanceKey());

    // when
    processTestContext.completeUserTask("UserTask_AssessRisk", Map.of("risk", "low"));
    processTestContext.completeJob("notify-victim");

    // then
    assertThat(UserTaskSelectors.byElementId("UserTask_AssessRisk")).isCompleted();
    assertThat(instance)
        .isCompleted()
        .hasCompletedElementsInOrder(
            "StartEvent_ReferralReceived", "ServiceTask_CheckEligibility", "UserTask_AssessRisk",
            "ServiceTask_NotifyVictim", "EndEvent_ReferralAccepted")
        .hasVariables(Map.of("caseId", "C-1", "eligible", true, "risk", "low"))
        .hasNoActiveIncidents();
  }

  @Test
  @Order(2)
  void shouldStartFromAnEmptyEngineAfterThePurge() {
    // the previous test deployed and ran Process_Referral; the purge after it removed everything
    var instances = client.newProcessInstanceSearchRequest().send().join();
    var definitions = client.newProcessDefinitionSearchRequest().send().join();
    org.assertj.core.api.Assertions.assertThat(instances.page().totalItems()).isZero();
    org.assertj.core.api.Assertions.assertThat(definitions.items()).isEmpty();
  }

  @Test
  void shouldRunMockedJobWorker() {
    // given
    deploy(referral());
    processTestContext.mockJobWorker("check-eligibility").thenComplete(Map.of("eligible", false));

    // when
    ProcessInstanceEvent instance = start("Process_Referral", Map.of());

    // then
    assertThat(instance).hasCompletedElements("ServiceTask_CheckEligibility").hasVariable("eligible", false)
        .hasActiveElements("UserTask_AssessRisk");
  }

  @Test
  void shouldCatchBpmnErrorThrownFromJob() {
    // given
    deploy(Bpmn.createExecutableProcess("Process_Consent").startEvent()
        .serviceTask("ServiceTask_AskConsent", t -> t.zeebeJobType("ask-consent"))
        .boundaryEvent("BoundaryEvent_Declined", b -> b.error("DECLINED")).endEvent("EndEvent_Declined")
        .moveToActivity("ServiceTask_AskConsent").endEvent("EndEvent_Consented").done());
    ProcessInstanceEvent instance = start("Process_Consent", Map.of());

    // when
    processTestContext.throwBpmnErrorFromJob("ask-consent", "DECLINED", Map.of("reason", "not ready"));

    // then
    assertThat(instance).isCompleted().hasCompletedElements("BoundaryEvent_Declined", "EndEvent_Declined")
        .hasNotActivatedElements("EndEvent_Consented").hasVariable("reason", "not ready");
  }

  @Test
  void shouldFireTimerWhenTimeIncreases() {
    // given
    deploy(Bpmn.createExecutableProcess("Process_FollowUp").startEvent()
        .userTask("UserTask_Contact", t -> t.zeebeUserTask())
        .boundaryEvent("BoundaryEvent_NoReply", b -> b.timerWithDuration("P14D")).endEvent("EndEvent_Closed")
        .moveToActivity("UserTask_Contact").endEvent("EndEvent_Contacted").done());
    ProcessInstanceEvent instance = start("Process_FollowUp", Map.of());
    assertThat(instance).hasActiveElements("UserTask_Contact");

    // when
    processTestContext.increaseTime(Duration.ofDays(15));

    // then
    assertThat(instance).isCompleted().hasTerminatedElements("UserTask_Contact").hasCompletedElements("EndEvent_Closed");
    assertThat(UserTaskSelectors.byElementId("UserTask_Contact")).isCanceled();
  }

  @Test
  void shouldWaitForAndCorrelateMessage() {
    // given
    deploy(Bpmn.createExecutableProcess("Process_Reply").startEvent()
        .receiveTask("ReceiveTask_Reply", r -> r.message(m -> m.name("reply-received").zeebeCorrelationKeyExpression("caseId")))
        .endEvent().done());
    ProcessInstanceEvent instance = start("Process_Reply", Map.of("caseId", "C-5"));
    assertThat(instance).isWaitingForMessage("reply-received", "C-5");

    // when
    client.newPublishMessageCommand().messageName("reply-received").correlationKey("C-5")
        .variables(Map.of("reply", "yes")).send().join();

    // then
    assertThat(instance).isCompleted().hasCorrelatedMessage("reply-received", "C-5")
        // with a correlation key: CPT 8.8.14's name-only variant also counts correlated subscriptions
        .isNotWaitingForMessage("reply-received", "C-5").hasVariable("reply", "yes");
  }

  @Test
  void shouldShowAndResolveIncident() {
    // given
    deploy(Bpmn.createExecutableProcess("Process_Mail").startEvent()
        .serviceTask("ServiceTask_SendLetter", t -> t.zeebeJobType("send-letter")).endEvent().done());
    ProcessInstanceEvent instance = start("Process_Mail", Map.of());
    var job = client.newActivateJobsCommand().jobType("send-letter").maxJobsToActivate(1)
        .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs().get(0);
    client.newFailCommand(job.getKey()).retries(0).errorMessage("printer offline").send().join();

    // then
    assertThat(instance).isActive().hasActiveIncidents();

    // when
    var incident = client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance.getProcessInstanceKey()))
        .send().join().items().get(0);
    client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    processTestContext.completeJob("send-letter");

    // then
    assertThat(instance).isCompleted().hasNoActiveIncidents();
  }

  @Test
  void shouldAssertLocalVariablesAndCancellation() {
    // given
    deploy(Bpmn.createExecutableProcess("Process_Local").startEvent()
        .userTask("UserTask_Prepare", t -> t.zeebeUserTask().zeebeInputExpression("\"victim\"", "participant"))
        .endEvent().done());
    ProcessInstanceEvent instance = start("Process_Local", Map.of("caseId", "C-8"));

    // then
    assertThat(instance).hasLocalVariable("UserTask_Prepare", "participant", "victim").hasVariableNames("caseId");

    // when
    client.newCancelInstanceCommand(instance.getProcessInstanceKey()).send().join();

    // then
    assertThat(instance).isTerminated().hasTerminatedElements("UserTask_Prepare");
  }

  @Test
  void shouldAssertEvaluatedDecision() {
    // given
    client.newDeployResourceCommand().addResourceBytes(resource("priority.dmn"), "priority.dmn").send().join();
    deploy(Bpmn.createExecutableProcess("Process_Priority").startEvent()
        .businessRuleTask("BusinessRuleTask_Priority", t -> t.zeebeCalledDecisionId("Priority").zeebeResultVariable("priority"))
        .endEvent().done());

    // when
    ProcessInstanceEvent instance = start("Process_Priority", Map.of("amount", 2000));

    // then
    assertThat(instance).isCompleted().hasVariable("priority", "high");
    assertThatDecision(DecisionSelectors.byId("Priority")).isEvaluated().hasOutput("high").hasMatchedRules(1)
        .hasNotMatchedRules(2);
  }

  @Test
  void shouldMoveTimeWithSetTimeAndReadIt() {
    // when
    var before = processTestContext.getCurrentTime();
    processTestContext.increaseTime(Duration.ofHours(3));

    // then
    org.assertj.core.api.Assertions.assertThat(Duration.between(before, processTestContext.getCurrentTime()))
        .isGreaterThanOrEqualTo(Duration.ofHours(3));
  }

  @Test
  void shouldSelectChildProcessByParent() {
    // given
    deploy(Bpmn.createExecutableProcess("Process_Meeting").startEvent()
        .serviceTask("ServiceTask_Book", t -> t.zeebeJobType("book-room")).endEvent().done());
    deploy(Bpmn.createExecutableProcess("Process_Case").startEvent()
        .callActivity("CallActivity_Meeting", c -> c.zeebeProcessId("Process_Meeting")).endEvent().done());
    ProcessInstanceEvent parent = start("Process_Case", Map.of());

    // when
    processTestContext.completeJob("book-room");

    // then
    assertThat(io.camunda.process.test.api.assertions.ProcessInstanceSelectors
        .byParentProcessInstanceKey(parent.getProcessInstanceKey())).isCompleted();
    assertThat(parent).isCompleted().hasCompletedElements("CallActivity_Meeting");
  }

  private static byte[] resource(String name) {
    try (InputStream in = RemoteProcessTest.class.getResourceAsStream("/api/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
