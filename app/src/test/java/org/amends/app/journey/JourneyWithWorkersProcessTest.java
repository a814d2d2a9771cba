package org.amends.app.journey;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.amends.app.casework.CaseFixtures.REFERRER;
import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import io.camunda.process.test.api.assertions.ProcessInstanceSelector;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amends.app.EngineAndMailTestSupport;
import org.amends.app.casework.Area;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.CaseStatus;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.PartyStatus;
import org.amends.app.casework.Sensitivity;
import org.amends.app.consent.ConsentService;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.amends.app.notification.EmailRecord;
import org.amends.app.notification.EmailTemplate;
import org.amends.app.notification.NotificationService;
import org.amends.app.outcome.ActionStatus;
import org.amends.app.outcome.OutcomeService;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.ReferralSource;
import org.amends.app.referral.Referrer;
import org.amends.app.referral.StartedCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The journey with the real job workers, case data on PostgreSQL and email through a real SMTP
 * server (GreenMail): a case opened by JourneyStarter ends CLOSED with the right outcome, and
 * every email goes exactly once.
 */
@SpringBootTest(properties = "camunda.process-test.runtime-mode=remote")
@CamundaSpringProcessTest
class JourneyWithWorkersProcessTest extends EngineAndMailTestSupport {

  static final Duration MAIL_WAIT = Duration.ofSeconds(20);

  /** The contact form's answer for both parties: they want to take part, and the harmer accepts responsibility. */
  static final Map<String, Object> AGREED = Map.of("contactOutcome", "AGREED", "acceptsResponsibility", true);

  static final Map<String, Object> CONSENT = Map.of(
      "consentGiven", true, "consentDate", "2026-03-27", "consentScope", "A face-to-face meeting");

  @Autowired CamundaProcessTestContext processTest;
  @Autowired JourneyStarter starter;
  @Autowired CaseService cases;
  @Autowired CaseRecordService records;
  @Autowired FacilitatorService facilitators;
  @Autowired NotificationService notifications;
  @Autowired OutcomeService outcomes;
  @Autowired ConsentService consents;
  @Autowired CamundaClient camunda;

  /** Names and addresses unique to each test, so that no case looks like a duplicate of another. */
  private String unique;
  private String harmedEmail;
  private String harmerEmail;
  /** Who referred the case, told when it closes and asked for feedback. */
  private String referrerEmail;

  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void freshMailboxAndEngine() throws Exception {
    // Camunda Process Test purges the engine between tests and its keys start again; the app's
    // cases outlive the purge, so their links to the purged instances go with it.
    jdbc.update("update amends.case_file set process_instance_key = null");
    smtp.purgeEmailFromAllMailboxes();
    unique = randomLetters();
    harmedEmail = "harmed." + unique + "@example.org";
    harmerEmail = "harmer." + unique + "@example.org";
    referrerEmail = REFERRER.email();
  }

  @Test
  void shouldReferOnASensitiveCaseWhenNoSpecialistCanTakeIt() throws Exception {
    // given a domestic abuse case where no specialist-trained facilitators work
    StartedCase started = starter.start(referral(Area.TENDRING,
        new Sensitivity(false, true, false, false, false, false)));
    ProcessInstanceSelector instance = instance(started);

    // then
    assertThat(instance).isCompleted()
        .hasCompletedElements("ServiceTask_GatherScreeningFacts", "ServiceTask_ReferOn", "CallActivity_CloseCase")
        .hasVariable("closureOutcome", "REFERRED_ON");
    assertClosed(started, ClosureOutcome.REFERRED_ON);
    assertThat(records.notes(started.caseId())).extracting(CaseNote::text).containsExactly(
        "Referred on: Sensitive or complex case and no specialist-trained facilitator is available");
    assertSentOnce(started, Map.of(REFERRER.email() + " " + EmailTemplate.CASE_CLOSED.subject(), 1));
  }

  @Test
  void shouldCloseAsNoContactAfterThreeWeeklyRemindersGoUnanswered() throws Exception {
    // given
    StartedCase started = starter.start(referral(Area.COLCHESTER, Sensitivity.NONE));
    ProcessInstanceSelector instance = instance(started);
    awaitMail(2);
    // the invitations arrive before their jobs complete; the reminder timers start with the
    // contact tasks that follow, and moving the clock before then would move it past nothing
    await().atMost(MAIL_WAIT).until(() -> camunda.newUserTaskSearchRequest()
        .filter(f -> f.elementId("UserTask_RecordContact").state(UserTaskState.CREATED))
        .send().join().items().size() == 2);

    // when nobody answers: a reminder each week for three weeks, then four weeks are up
    for (int week = 1; week <= 3; week++) {
      processTest.increaseTime(Duration.ofDays(7));
      awaitMail(2 + 2 * week);
    }
    processTest.increaseTime(Duration.ofDays(7));

    // then
    assertThat(instance).isCompleted()
        .hasCompletedElements("ServiceTask_ReviewContactOutcomes", "CallActivity_CloseCase")
        .hasVariable("closureOutcome", "NO_CONTACT");
    assertClosed(started, ClosureOutcome.NO_CONTACT);
    assertSentOnce(started, Map.of(
        harmedEmail + " " + EmailTemplate.CONTACT_INVITATION.subject(), 1,
        harmerEmail + " " + EmailTemplate.CONTACT_INVITATION.subject(), 1,
        harmedEmail + " " + EmailTemplate.CONTACT_REMINDER.subject(), 3,
        harmerEmail + " " + EmailTemplate.CONTACT_REMINDER.subject(), 3,
        REFERRER.email() + " " + EmailTemplate.CASE_CLOSED.subject(), 1));
  }

  @Test
  void shouldTakeASelfReferralThroughAConferenceToClosure() throws Exception {
    // given two facilitators who work where the case is, and someone who refers themselves
    Facilitator first = facilitator("Uma", Area.HARLOW);
    Facilitator second = facilitator("Vic", Area.HARLOW);
    StartedCase started = starter.start(selfReferral(Area.HARLOW));
    ProcessInstanceSelector instance = instance(started);

    // when: contact, risk, consent, allocation and preparation
    completeTwice("UserTask_RecordContact", AGREED);
    processTest.completeUserTask("UserTask_AssessRisk", Map.of("riskOutcome", "PROCEED", "riskOfFurtherHarm", "LOW"));
    completeTwice("UserTask_RecordConsent", CONSENT);
    processTest.completeUserTask("UserTask_AllocateFacilitators",
        Map.of("facilitatorIds", List.of(first.id().toString(), second.id().toString())));
    completeTwice("UserTask_RecordPreparationMeeting", Map.of("updatedRisk", "LOW"));
    processTest.completeUserTask("UserTask_SecondRiskAssessment", Map.of("riskOutcome", "PROCEED"));
    processTest.completeUserTask("UserTask_ChooseRoute", Map.of("route", "CONFERENCE"));

    // and the conference a week away, with its reminder two days before
    String meetingAt = processTest.getCurrentTime().plus(Duration.ofDays(7))
        .atOffset(ZoneOffset.UTC).withNano(0).toString();
    processTest.completeUserTask("UserTask_ArrangeMeeting",
        Map.of("meetingAt", meetingAt, "venue", "Harlow Civic Centre"));
    processTest.increaseTime(Duration.ofDays(6));
    processTest.completeUserTask("UserTask_RecordMeeting", Map.of("meetingHappened", true, "agreementReached", true));

    // and the agreed action, checked when due, and the follow-up six weeks later
    String dueAt = LocalDate.ofInstant(processTest.getCurrentTime(), ZoneOffset.UTC).plusDays(4).toString();
    processTest.completeUserTask("UserTask_RecordOutcomeAgreement", Map.of("actions", List.of(
        Map.of("description", "Write a letter of apology", "owner", "Sol", "dueAt", dueAt))));
    processTest.increaseTime(Duration.ofDays(5));
    processTest.completeUserTask("UserTask_CheckAction", Map.of("actionCompleted", true));
    assertThat(instance).hasCompletedElements("ServiceTask_InformActionOutcome");
    processTest.increaseTime(Duration.ofDays(42));
    assertThat(instance).hasCompletedElements("ServiceTask_SendSatisfactionSurveys", "ServiceTask_RequestReferrerFeedback");
    processTest.increaseTime(Duration.ofDays(14));

    // then
    assertThat(instance).isCompleted().hasVariable("closureOutcome", "COMPLETED_DIRECT");
    assertClosed(started, ClosureOutcome.COMPLETED_DIRECT);
    assertThat(cases.parties(started.caseId())).allSatisfy(party ->
        assertThat(consents.forParty(party.id())).hasValueSatisfying(consent -> {
          assertThat(consent.given()).isTrue();
          assertThat(consent.givenOn()).isEqualTo(LocalDate.of(2026, 3, 27));
          assertThat(consent.scope()).isEqualTo(CONSENT.get("consentScope"));
          assertThat(consent.recordedBy()).isEqualTo("coordinators");
        }));
    assertThat(facilitators.currentAllocation(started.caseId())).hasValueSatisfying(a ->
        assertThat(Set.of(a.firstFacilitatorId(), a.secondFacilitatorId()))
            .containsExactlyInAnyOrder(first.id(), second.id()));
    assertThat(outcomes.forCase(started.caseId())).singleElement().satisfies(agreement -> {
      assertThat(agreement.actions()).singleElement().satisfies(action -> {
        assertThat(action.status()).isEqualTo(ActionStatus.COMPLETED);
        assertThat(action.harmedInformedAt()).isNotNull();
      });
    });
    assertSentOnce(started, Map.of(
        harmedEmail + " " + EmailTemplate.CONTACT_INVITATION.subject(), 1,
        harmerEmail + " " + EmailTemplate.CONTACT_INVITATION.subject(), 1,
        first.email() + " " + EmailTemplate.FACILITATOR_ALLOCATION.subject(), 1,
        second.email() + " " + EmailTemplate.FACILITATOR_ALLOCATION.subject(), 1,
        harmedEmail + " " + EmailTemplate.MEETING_INVITATION.subject(), 1,
        harmerEmail + " " + EmailTemplate.MEETING_INVITATION.subject(), 1,
        harmedEmail + " " + EmailTemplate.MEETING_REMINDER.subject(), 1,
        harmerEmail + " " + EmailTemplate.MEETING_REMINDER.subject(), 1,
        harmedEmail + " " + EmailTemplate.ACTION_OUTCOME.subject(), 1,
        harmedEmail + " " + EmailTemplate.SATISFACTION_SURVEY.subject(), 1));
  }

  @Test
  void shouldCloseAsWithdrawnAndTellTheOthersWhenTheHarmerWithdraws() throws Exception {
    // given a case at its risk assessment
    StartedCase started = starter.start(referral(Area.BASILDON, Sensitivity.NONE));
    ProcessInstanceSelector instance = instance(started);
    completeTwice("UserTask_RecordContact", AGREED);
    assertThat(instance).hasActiveElements("UserTask_AssessRisk");
    Party harmed = party(started, PartyRole.HARMED);
    Party harmer = party(started, PartyRole.HARMER);

    // when the harmer withdraws
    camunda.newPublishMessageCommand().messageName("party-withdrawn")
        .correlationKey(String.valueOf(started.caseId()))
        .variables(Map.of("withdrawnPartyId", harmer.id(), "withdrawalReason", "Moved away"))
        .send().join();

    // then their involvement ends, the harmed person is told, and the case closes as withdrawn
    assertThat(instance).isCompleted().hasVariable("closureOutcome", "WITHDRAWN");
    assertClosed(started, ClosureOutcome.WITHDRAWN);
    assertThat(cases.party(harmer.id()).status()).isEqualTo(PartyStatus.WITHDRAWN);
    assertThat(cases.party(harmed.id()).status()).isEqualTo(PartyStatus.ACTIVE);
    assertThat(consents.forParty(harmer.id())).hasValueSatisfying(
        consent -> assertThat(consent.withdrawalReason()).isEqualTo("Moved away"));
    assertSentOnce(started, Map.of(
        harmedEmail + " " + EmailTemplate.CONTACT_INVITATION.subject(), 1,
        harmerEmail + " " + EmailTemplate.CONTACT_INVITATION.subject(), 1,
        harmedEmail + " " + EmailTemplate.PARTY_WITHDRAWN.subject(), 1,
        REFERRER.email() + " " + EmailTemplate.CASE_CLOSED.subject(), 1));
  }

  @Test
  void shouldCloseAsNotSuitableWhenTheHarmerDoesNotAcceptResponsibility() throws Exception {
    // given
    StartedCase started = starter.start(referral(Area.SOUTHEND, Sensitivity.NONE));
    ProcessInstanceSelector instance = instance(started);

    // when both want to take part but the harmer does not accept responsibility
    completeTwice("UserTask_RecordContact", Map.of("contactOutcome", "AGREED", "acceptsResponsibility", false));

    // then
    assertThat(instance).isCompleted()
        .hasCompletedElements("ServiceTask_ReviewContactOutcomes", "CallActivity_CloseCase")
        .hasNotActivatedElements("UserTask_AssessRisk")
        .hasVariable("closureOutcome", "NOT_SUITABLE");
    assertClosed(started, ClosureOutcome.NOT_SUITABLE);
    assertThat(records.notes(started.caseId())).extracting(CaseNote::text)
        .singleElement().asString().contains("does not accept responsibility");
  }

  @Test
  void shouldCloseAReferralAboutTheSamePeopleAsAnOpenCaseAsADuplicate() throws Exception {
    // given an open case
    StartedCase open = starter.start(referral(Area.THURROCK, Sensitivity.NONE));
    awaitMail(2);

    // when the same people are referred again
    StartedCase duplicate = starter.start(referral(Area.THURROCK, Sensitivity.NONE));

    // then the new referral closes as a duplicate, noted on both, and the open case goes on
    assertThat(instance(duplicate)).isCompleted()
        .hasCompletedElements("ServiceTask_LinkDuplicate", "ScriptTask_DuplicateOutcome", "CallActivity_CloseCase")
        .hasNotActivatedElements("BusinessRuleTask_Eligibility")
        .hasVariable("closureOutcome", "DUPLICATE");
    assertClosed(duplicate, ClosureOutcome.DUPLICATE);
    assertThat(cases.get(open.caseId()).status()).isEqualTo(CaseStatus.OPEN);
    assertThat(records.notes(duplicate.caseId())).extracting(CaseNote::text)
        .containsExactly("Duplicate of open case " + open.reference() + "; linked to it, no separate journey.");
    assertThat(records.notes(open.caseId())).extracting(CaseNote::text).singleElement().asString()
        .contains(duplicate.reference());
    assertThat(notifications.sentFor(duplicate.caseId())).extracting(EmailRecord::template)
        .containsExactly(EmailTemplate.CASE_CLOSED);
  }

  private Party party(StartedCase started, PartyRole role) {
    return cases.parties(started.caseId()).stream().filter(p -> p.role() == role).findFirst().orElseThrow();
  }

  private NewCase referral(Area area, Sensitivity sensitivity) {
    return newCase(area, sensitivity,
        harmed("Wren " + unique, LocalDate.of(1978, 6, 1), harmedEmail),
        harmer("Sol " + unique, LocalDate.of(2000, 4, 2), harmerEmail));
  }

  /** The person harmed refers themselves: they are the referrer too. */
  private NewCase selfReferral(Area area) {
    NewCase referral = referral(area, Sensitivity.NONE);
    referrerEmail = harmedEmail;
    return new NewCase(
        new ReferralDetails(ReferralSource.SELF, new Referrer("Wren " + unique, null, harmedEmail, null),
            LocalDate.now(), LocalDate.now().minusMonths(2), null, false, null),
        referral.area(), referral.offenceType(), referral.sensitivity(), referral.parties(), null);
  }

  private Facilitator facilitator(String name, Area area) {
    return facilitators.register(Facilitator.of(name + " " + unique,
        name.toLowerCase() + "." + unique + "@facilitators.example.org",
        LocalDate.of(1975, 1, 1), TrainingLevel.STANDARD, true, Set.of(area)));
  }

  private static ProcessInstanceSelector instance(StartedCase started) {
    return ProcessInstanceSelectors.byKey(started.processInstanceKey());
  }

  private void completeTwice(String elementId, Map<String, Object> variables) {
    processTest.completeUserTask(elementId, variables);
    processTest.completeUserTask(elementId, variables);
  }

  private void assertClosed(StartedCase started, ClosureOutcome outcome) {
    Case c = cases.get(started.caseId());
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.closureOutcome()).isEqualTo(outcome);
    assertThat(c.processInstanceKey()).isEqualTo(started.processInstanceKey());
    assertThat(started.reference()).isEqualTo(c.reference());
  }

  private void awaitMail(int count) {
    assertThat(smtp.waitForIncomingEmail(MAIL_WAIT.toMillis(), count))
        .as("%d emails within %s", count, MAIL_WAIT).isTrue();
  }

  /**
   * Each email ("address subject" to how many) arrived that many times and no other did, and
   * each was recorded against the case once. The job that sends the last one completes before
   * the process does, so everything has arrived by now.
   */
  private void assertSentOnce(StartedCase started, Map<String, Integer> expected) throws Exception {
    Map<String, Integer> received = Arrays.stream(smtp.getReceivedMessages())
        .map(JourneyWithWorkersProcessTest::addressAndSubject)
        .collect(Collectors.toMap(Function.identity(), m -> 1, Integer::sum));
    Map<String, Integer> recorded = notifications.sentFor(started.caseId()).stream()
        .collect(Collectors.toMap(
            (EmailRecord r) -> r.recipientAddress() + " " + r.subject(), r -> 1, Integer::sum));
    Map<String, Integer> withFollowUp = new java.util.HashMap<>(expected);
    if (expected.containsKey(harmedEmail + " " + EmailTemplate.SATISFACTION_SURVEY.subject())) {
      withFollowUp.put(harmerEmail + " " + EmailTemplate.SATISFACTION_SURVEY.subject(), 1);
      withFollowUp.merge(referrerEmail + " " + EmailTemplate.REFERRER_FEEDBACK_REQUEST.subject(), 1, Integer::sum);
      withFollowUp.merge(referrerEmail + " " + EmailTemplate.CASE_CLOSED.subject(), 1, Integer::sum);
    }
    assertThat(received).isEqualTo(withFollowUp);
    assertThat(recorded).isEqualTo(withFollowUp);
  }

  private static String addressAndSubject(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString() + " " + message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String randomLetters() {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }
}
