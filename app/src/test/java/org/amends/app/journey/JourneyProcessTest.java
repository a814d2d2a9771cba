package org.amends.app.journey;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import io.camunda.process.test.api.assertions.UserTaskSelector;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amends.app.EmbeddedEngineTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every path of the restorative justice journey with the workers switched off: each job type is
 * answered by a mock, people's steps by completing their user tasks. Runs with Camunda Process
 * Test against the embedded engine (the same files run on a Camunda 8 cluster).
 */
@SpringBootTest(properties = {
    "camunda.process-test.runtime-mode=remote",
    "camunda.client.worker.defaults.enabled=false"})
@CamundaSpringProcessTest
class JourneyProcessTest extends EmbeddedEngineTestSupport {

  private static final String CASE = "restorative-justice-case";

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext processTest;

  private final Map<String, Map<String, Object>> workerResults = new HashMap<>();

  @BeforeEach
  void defaultWorkerResults() {
    workerResults.put("check-duplicate", Map.of());
    workerResults.put("gather-screening-facts", Map.of(
        "wentToCourt", false, "sexualOffence", false, "domesticAbuse", false, "hateCrime", false,
        "stalking", false, "homicide", false, "veryVulnerableParty", false, "specialistAvailable", true));
    workerResults.put("send-contact-invitation", Map.of("partyRole", "HARMED"));
    workerResults.put("send-contact-reminder", Map.of());
    workerResults.put("review-contact-outcomes", Map.of());
    // ids only: the allocation form gets the facilitators' names from Amends
    workerResults.put("suggest-facilitators", Map.of("suggestedFacilitatorIds", List.of(1, 2)));
    workerResults.put("notify-facilitators", Map.of());
    workerResults.put("send-meeting-invitations", Map.of());
    workerResults.put("send-meeting-reminders", Map.of());
    // what was agreed and by whom stay in Amends: the follow-up needs the ids and the due date
    workerResults.put("record-outcome-actions", Map.of("actions", List.of(Map.of(
        "agreementId", 1, "number", 0, "dueAt", LocalDate.now(ZoneOffset.UTC).plusDays(10).toString()))));
    workerResults.put("inform-action-outcome", Map.of());
    workerResults.put("send-satisfaction-surveys", Map.of());
    workerResults.put("request-referrer-feedback", Map.of());
    workerResults.put("refer-on", Map.of("closureOutcome", "REFERRED_ON"));
    workerResults.put("record-risk-closure", Map.of("closureOutcome", "NOT_SUITABLE"));
    workerResults.put("record-declined-consent", Map.of("closureOutcome", "DECLINED_BY_HARMED"));
    workerResults.put("link-duplicate", Map.of());
    workerResults.put("record-withdrawal", Map.of("canContinue", true));
    workerResults.put("notify-withdrawal", Map.of());
    workerResults.put("store-consent", Map.of());
    workerResults.put("close-case", Map.of());
    workerResults.put("notify-referrer-closure", Map.of());
  }

  private void mockWorkers() {
    workerResults.forEach((type, result) -> processTest.mockJobWorker(type).thenComplete(result));
  }

  private ProcessInstanceEvent startCase() {
    return client.newCreateInstanceCommand()
        .bpmnProcessId(CASE)
        .latestVersion()
        .variables(Map.of(
            "caseId", "C-" + System.nanoTime(),
            "partyIds", List.of("P-HARMED", "P-HARMER"),
            "participantIds", List.of("P-HARMED", "P-HARMER"),
            "sentenced", false))
        .send()
        .join();
  }

  private String caseIdOf(ProcessInstanceEvent instance) {
    return client.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instance.getProcessInstanceKey()).name("caseId"))
        .send().join().items().get(0).getValue().replace("\"", "");
  }

  /** Both parties agree to take part (the harmer accepting responsibility) and the risk allows it. */
  private void agreeAndPassRisk() {
    completeTwice("UserTask_RecordContact", Map.of("contactOutcome", "AGREED", "acceptsResponsibility", true));
    processTest.completeUserTask("UserTask_AssessRisk", Map.of("riskOutcome", "PROCEED"));
  }

  /** Both parties consent and the coordinator allocates two facilitators. */
  private void consentAndAllocate() {
    completeTwice("UserTask_RecordConsent", Map.of("consentGiven", true));
    processTest.completeUserTask("UserTask_AllocateFacilitators", Map.of("facilitatorIds", List.of("1", "2")));
  }

  private void completeTwice(String elementId, Map<String, Object> variables) {
    processTest.completeUserTask(elementId, variables);
    processTest.completeUserTask(elementId, variables);
  }

  /** The task at the element in the called process of one party. */
  private static UserTaskSelector taskOf(String elementId, String partyId) {
    return new UserTaskSelector() {
      @Override
      public boolean test(UserTask task) {
        return elementId.equals(task.getElementId());
      }

      @Override
      public String describe() {
        return elementId + " of " + partyId;
      }

      @Override
      public void applyFilter(UserTaskFilter filter) {
        // variable filters compare with the JSON text of the value: a string is quoted
        filter.elementId(elementId).processInstanceVariables(Map.of("partyId", "\"" + partyId + "\""));
      }
    };
  }

  private void withdraw(ProcessInstanceEvent instance, String partyId) {
    client.newPublishMessageCommand().messageName("party-withdrawn").correlationKey(caseIdOf(instance))
        .variables(Map.of("withdrawnPartyId", partyId, "withdrawalRequestId", 1)).send().join();
  }

  private void assertClosedAsWithdrawn(ProcessInstanceEvent instance, String... interrupted) {
    assertThat(instance).isCompleted()
        .hasCompletedElements("ServiceTask_RecordWithdrawal", "ServiceTask_NotifyWithdrawal",
            "ScriptTask_WithdrawnOutcome", "CallActivity_CloseWithdrawnCase", "EndEvent_CaseWithdrawn")
        .hasTerminatedElements(interrupted)
        .hasNotActivatedElements("EndEvent_CaseClosed")
        .hasVariable("closureOutcome", "WITHDRAWN");
  }

  @Test
  void shouldTakeAConferenceCaseFromReferralToClosure() {
    // given
    mockWorkers();
    ProcessInstanceEvent instance = startCase();

    // when: contact, risk, consent, allocation and preparation
    completeTwice("UserTask_RecordContact", Map.of("contactOutcome", "AGREED"));
    processTest.completeUserTask("UserTask_AssessRisk", Map.of("riskOutcome", "PROCEED", "riskOfFurtherHarm", "LOW"));
    consentAndAllocate();
    completeTwice("UserTask_RecordPreparationMeeting", Map.of("updatedRisk", "LOW"));
    processTest.completeUserTask("UserTask_SecondRiskAssessment", Map.of("riskOutcome", "PROCEED"));
    processTest.completeUserTask("UserTask_ChooseRoute", Map.of("route", "CONFERENCE"));

    // and the conference, with its reminder two days before
    // as the tasklist completes it: the meeting (with its venue) is in Amends, the process has its id
    processTest.completeUserTask("UserTask_ArrangeMeeting",
        Map.of("meetingAt", Instant.now().plus(Duration.ofDays(7)).toString(), "meetingId", 1));
    processTest.increaseTime(Duration.ofDays(6));
    processTest.completeUserTask("UserTask_RecordMeeting", Map.of("meetingHappened", true, "agreementReached", true));

    // and the outcome agreement, its action followed up when due, and the follow-up survey
    processTest.completeUserTask("UserTask_RecordOutcomeAgreement", Map.of("outcomeAgreementId", 1));
    processTest.increaseTime(Duration.ofDays(11));
    processTest.completeUserTask("UserTask_CheckAction", Map.of("actionCompleted", true));
    assertThat(instance).hasCompletedElements("ServiceTask_InformActionOutcome");
    processTest.increaseTime(Duration.ofDays(42));
    assertThat(instance).hasCompletedElements("ServiceTask_SendSatisfactionSurveys", "ServiceTask_RequestReferrerFeedback");
    processTest.increaseTime(Duration.ofDays(14));

    // then
    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("StartEvent_ReferralReceived", "BusinessRuleTask_Eligibility",
            "CallActivity_InitialContact", "UserTask_AssessRisk", "CallActivity_Consent",
            "UserTask_AllocateFacilitators", "UserTask_ChooseRoute", "CallActivity_Meeting",
            "SubProcess_FollowUpAction", "ScriptTask_CompletedOutcome", "CallActivity_CloseCase", "EndEvent_CaseClosed")
        .hasVariable("closureOutcome", "COMPLETED_DIRECT");
  }

  @Test
  void shouldRecordIndirectCommunicationUntilTheExchangeIsComplete() {
    mockWorkers();
    ProcessInstanceEvent instance = startCase();
    completeTwice("UserTask_RecordContact", Map.of("contactOutcome", "AGREED"));
    processTest.completeUserTask("UserTask_AssessRisk", Map.of("riskOutcome", "PROCEED_WITH_CONDITIONS"));
    consentAndAllocate();
    completeTwice("UserTask_RecordPreparationMeeting", Map.of("updatedRisk", "MEDIUM"));
    processTest.completeUserTask("UserTask_SecondRiskAssessment", Map.of("riskOutcome", "PROCEED"));

    processTest.completeUserTask("UserTask_ChooseRoute", Map.of("route", "INDIRECT"));
    processTest.completeUserTask("UserTask_RecordIndirectExchange", Map.of("exchangeMethod", "LETTER", "exchangeComplete", false));
    processTest.completeUserTask("UserTask_RecordIndirectExchange", Map.of("exchangeMethod", "LETTER", "exchangeComplete", true));

    assertThat(instance)
        .hasCompletedElement("UserTask_RecordIndirectExchange", 2)
        .hasNotActivatedElements("CallActivity_Meeting")
        .hasActiveElements("UserTask_RecordOutcomeAgreement");
  }

  @Test
  void shouldScreenEligibilityWithTheDecision() {
    Map<String, Object> facts = new HashMap<>(Map.of(
        "wentToCourt", false, "sentenced", false, "sexualOffence", false, "domesticAbuse", false, "hateCrime", false,
        "stalking", false, "homicide", false, "veryVulnerableParty", false, "specialistAvailable", true));
    assertThat(eligibility(facts)).containsEntry("outcome", "eligible").containsEntry("specialistRequired", false);

    facts.put("wentToCourt", true);
    assertThat(eligibility(facts)).containsEntry("outcome", "await-sentence");

    facts.put("sentenced", true);
    facts.put("stalking", true);
    assertThat(eligibility(facts)).containsEntry("outcome", "eligible").containsEntry("specialistRequired", true);

    facts.put("specialistAvailable", false);
    assertThat(eligibility(facts)).containsEntry("outcome", "refer-on")
        .containsEntry("reason", "Sensitive or complex case and no specialist-trained facilitator is available");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> eligibility(Map<String, Object> facts) {
    String output = client.newEvaluateDecisionCommand().decisionId("Eligibility").variables(facts).send().join()
        .getDecisionOutput();
    return client.getConfiguration().getJsonMapper().fromJson(output, Map.class);
  }

  @Test
  void shouldLinkADuplicateReferralAndStop() {
    workerResults.remove("check-duplicate");
    mockWorkers();
    processTest.mockJobWorker("check-duplicate").thenThrowBpmnError("DUPLICATE_CASE");

    ProcessInstanceEvent instance = startCase();

    assertThat(instance).isCompleted()
        .hasCompletedElements("BoundaryEvent_Duplicate", "ServiceTask_LinkDuplicate",
            "ScriptTask_DuplicateOutcome", "CallActivity_CloseCase", "EndEvent_CaseClosed")
        .hasNotActivatedElements("BusinessRuleTask_Eligibility")
        .hasVariable("closureOutcome", "DUPLICATE");
  }

  @Test
  void shouldHandEachPartysAcceptanceOfResponsibilityToTheContactReview() {
    // given
    workerResults.remove("review-contact-outcomes");
    mockWorkers();
    List<Map<String, Object>> reviewed = new java.util.ArrayList<>();
    processTest.mockJobWorker("review-contact-outcomes").withHandler((jobClient, job) -> {
      reviewed.add(job.getVariablesAsMap());
      jobClient.newCompleteCommand(job).variables(Map.of("closureOutcome", "NOT_SUITABLE")).send().join();
    });
    ProcessInstanceEvent instance = startCase();

    // when the harmed person agrees and the harmer agrees but does not accept responsibility
    processTest.completeUserTask(taskOf("UserTask_RecordContact", "P-HARMED"),
        Map.of("contactOutcome", "AGREED"));
    processTest.completeUserTask(taskOf("UserTask_RecordContact", "P-HARMER"),
        Map.of("contactOutcome", "AGREED", "acceptsResponsibility", false));

    // then the review sees both answers, and its outcome closes the case
    assertThat(instance).isCompleted()
        .hasCompletedElements("ServiceTask_ReviewContactOutcomes", "CallActivity_CloseCase")
        .hasNotActivatedElements("UserTask_AssessRisk")
        .hasVariable("closureOutcome", "NOT_SUITABLE");
    assertThat(reviewed).singleElement().satisfies(variables -> {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> outcomes = (List<Map<String, Object>>) variables.get("contactOutcomes");
      assertThat(outcomes).hasSize(2);
      assertThat(outcomes.get(0)).containsEntry("partyId", "P-HARMED").containsEntry("outcome", "AGREED");
      assertThat(outcomes.get(0).get("acceptsResponsibility")).isNull();
      assertThat(outcomes.get(1)).containsEntry("partyId", "P-HARMER").containsEntry("outcome", "AGREED")
          .containsEntry("acceptsResponsibility", false);
    });
  }

  @Test
  void shouldReferOnASensitiveCaseWithoutASpecialist() {
    workerResults.put("gather-screening-facts", Map.of(
        "wentToCourt", false, "sexualOffence", false, "domesticAbuse", true, "hateCrime", false,
        "stalking", false, "homicide", false, "veryVulnerableParty", false, "specialistAvailable", false));
    mockWorkers();

    ProcessInstanceEvent instance = startCase();

    assertThat(instance).isCompleted()
        .hasCompletedElements("ServiceTask_ReferOn", "CallActivity_CloseCase")
        .hasVariable("closureOutcome", "REFERRED_ON");
  }

  @Test
  void shouldWaitForTheSentenceWhenTheCaseWentToCourt() {
    workerResults.put("gather-screening-facts", Map.of(
        "wentToCourt", true, "sexualOffence", false, "domesticAbuse", false, "hateCrime", false,
        "stalking", false, "homicide", false, "veryVulnerableParty", false, "specialistAvailable", true));
    mockWorkers();
    ProcessInstanceEvent instance = startCase();

    assertThat(instance).hasActiveElements("UserTask_RecordSentence");
    processTest.completeUserTask("UserTask_RecordSentence", Map.of("sentenced", true, "sentenceDate", "2026-01-20"));

    assertThat(instance).hasCompletedElement("ServiceTask_GatherScreeningFacts", 2)
        .hasActiveElements("CallActivity_InitialContact");
  }

  @Test
  void shouldCloseAsNoContactWhenAPartyDoesNotAnswerInFourWeeks() {
    workerResults.put("review-contact-outcomes", Map.of("closureOutcome", "NO_CONTACT"));
    mockWorkers();
    ProcessInstanceEvent instance = startCase();
    // the timers start with the contact tasks, after the (mocked) invitations: wait for both
    await().atMost(Duration.ofSeconds(30)).until(() -> client.newUserTaskSearchRequest()
        .filter(f -> f.elementId("UserTask_RecordContact").state(UserTaskState.CREATED))
        .send().join().items().size() == 2);

    processTest.increaseTime(Duration.ofDays(7));
    processTest.increaseTime(Duration.ofDays(21));

    assertThat(instance).isCompleted()
        .hasCompletedElements("ServiceTask_ReviewContactOutcomes", "CallActivity_CloseCase")
        .hasVariable("closureOutcome", "NO_CONTACT");
  }

  @Test
  void shouldStopWhenTheRiskAssessmentSaysClose() {
    mockWorkers();
    ProcessInstanceEvent instance = startCase();
    completeTwice("UserTask_RecordContact", Map.of("contactOutcome", "AGREED"));

    processTest.completeUserTask("UserTask_AssessRisk", Map.of("riskOutcome", "CLOSE"));

    assertThat(instance).isCompleted()
        .hasCompletedElements("ServiceTask_RecordRiskClosure", "CallActivity_CloseCase")
        .hasVariable("closureOutcome", "NOT_SUITABLE");
  }

  @Test
  void shouldCloseWhenAPartyDoesNotConsent() {
    mockWorkers();
    ProcessInstanceEvent instance = startCase();
    completeTwice("UserTask_RecordContact", Map.of("contactOutcome", "AGREED"));
    processTest.completeUserTask("UserTask_AssessRisk", Map.of("riskOutcome", "PROCEED"));

    processTest.completeUserTask("UserTask_RecordConsent", Map.of("consentGiven", true));
    processTest.completeUserTask("UserTask_RecordConsent", Map.of("consentGiven", false));

    assertThat(instance).isCompleted()
        .hasCompletedElements("ServiceTask_RecordDeclinedConsent", "CallActivity_CloseCase")
        .hasVariable("closureOutcome", "DECLINED_BY_HARMED");
  }

  @Test
  void shouldCloseAsWithdrawnWhenAWithdrawalMeansTheCaseCannotContinue() {
    workerResults.put("record-withdrawal", Map.of("canContinue", false));
    mockWorkers();
    ProcessInstanceEvent instance = startCase();
    completeTwice("UserTask_RecordContact", Map.of("contactOutcome", "AGREED"));
    assertThat(instance).hasActiveElements("UserTask_AssessRisk");
    String caseId = caseIdOf(instance);

    client.newPublishMessageCommand().messageName("party-withdrawn").correlationKey(caseId)
        .variables(Map.of("withdrawnPartyId", "P-HARMER", "withdrawalRequestId", 1)).send().join();

    assertThat(instance).isCompleted()
        .hasCompletedElements("ServiceTask_RecordWithdrawal", "ServiceTask_NotifyWithdrawal",
            "CallActivity_CloseWithdrawnCase", "EndEvent_CaseWithdrawn")
        .hasTerminatedElements("UserTask_AssessRisk")
        .hasVariable("closureOutcome", "WITHDRAWN");
  }

  @Test
  void shouldCloseAsWithdrawnWhenAPartyWithdrawsDuringInitialContact() {
    workerResults.put("record-withdrawal", Map.of("canContinue", false));
    mockWorkers();
    ProcessInstanceEvent instance = startCase();
    processTest.completeUserTask(taskOf("UserTask_RecordContact", "P-HARMED"), Map.of("contactOutcome", "AGREED"));
    assertThat(instance).hasActiveElements("CallActivity_InitialContact");

    withdraw(instance, "P-HARMER");

    assertClosedAsWithdrawn(instance, "CallActivity_InitialContact");
    assertThat(instance).hasNotActivatedElements("ServiceTask_ReviewContactOutcomes");
  }

  @Test
  void shouldCloseAsWithdrawnWhenAPartyWithdrawsDuringConsent() {
    workerResults.put("record-withdrawal", Map.of("canContinue", false));
    mockWorkers();
    ProcessInstanceEvent instance = startCase();
    agreeAndPassRisk();
    processTest.completeUserTask(taskOf("UserTask_RecordConsent", "P-HARMER"),
        Map.of("consentGiven", true, "consentDate", "2026-03-27"));
    assertThat(instance).hasActiveElements("CallActivity_Consent");

    withdraw(instance, "P-HARMED");

    assertClosedAsWithdrawn(instance, "CallActivity_Consent");
    assertThat(instance).hasNotActivatedElements("Gateway_Consented", "ServiceTask_SuggestFacilitators");
  }

  @Test
  void shouldCloseAsWithdrawnWhenAPartyWithdrawsDuringPreparation() {
    workerResults.put("record-withdrawal", Map.of("canContinue", false));
    mockWorkers();
    ProcessInstanceEvent instance = startCase();
    agreeAndPassRisk();
    consentAndAllocate();
    processTest.completeUserTask("UserTask_RecordPreparationMeeting", Map.of("updatedRisk", "LOW"));
    assertThat(instance).hasActiveElements("UserTask_RecordPreparationMeeting");

    withdraw(instance, "P-HARMER");

    assertClosedAsWithdrawn(instance, "UserTask_RecordPreparationMeeting");
    assertThat(instance).hasNotActivatedElements("UserTask_SecondRiskAssessment");
  }

  @Test
  void shouldCloseAsWithdrawnWhenAPartyWithdrawsBeforeTheMeeting() {
    workerResults.put("record-withdrawal", Map.of("canContinue", false));
    mockWorkers();
    ProcessInstanceEvent instance = startCase();
    agreeAndPassRisk();
    consentAndAllocate();
    completeTwice("UserTask_RecordPreparationMeeting", Map.of("updatedRisk", "LOW"));
    processTest.completeUserTask("UserTask_SecondRiskAssessment", Map.of("riskOutcome", "PROCEED"));
    processTest.completeUserTask("UserTask_ChooseRoute", Map.of("route", "CONFERENCE"));
    processTest.completeUserTask("UserTask_ArrangeMeeting",
        Map.of("meetingAt", Instant.now().plus(Duration.ofDays(7)).toString(), "meetingId", 1));
    assertThat(instance).hasActiveElements("CallActivity_Meeting");

    withdraw(instance, "P-HARMED");

    assertClosedAsWithdrawn(instance, "CallActivity_Meeting");
    assertThat(instance).hasNotActivatedElements("UserTask_RecordOutcomeAgreement");
  }

  @Test
  void shouldCarryOnWhenTheCaseCanContinueAfterAWithdrawal() {
    mockWorkers();
    ProcessInstanceEvent instance = startCase();
    completeTwice("UserTask_RecordContact", Map.of("contactOutcome", "AGREED"));
    assertThat(instance).hasActiveElements("UserTask_AssessRisk");
    String caseId = caseIdOf(instance);

    client.newPublishMessageCommand().messageName("party-withdrawn").correlationKey(caseId).send().join();

    assertThat(instance).isActive()
        .hasCompletedElements("ServiceTask_RecordWithdrawal", "ServiceTask_NotifyWithdrawal", "EndEvent_WithdrawalRecorded")
        .hasActiveElements("UserTask_AssessRisk");
  }
}
