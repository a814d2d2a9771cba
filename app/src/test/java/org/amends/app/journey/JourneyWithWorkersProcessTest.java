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
import org.amends.app.notification.ReceivedMail;
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
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The journey with the real job workers, case data on PostgreSQL and email through a real SMTP
 * server (GreenMail): a case opened by JourneyStarter ends CLOSED with the right outcome, and
 * every email goes exactly once. Staff do their part through the app's pages (the tasklist and
 * the case page), which keep in Amends what the process does not carry.
 */
@SpringBootTest(properties = "camunda.process-test.runtime-mode=remote")
@AutoConfigureMockMvc
@CamundaSpringProcessTest
class JourneyWithWorkersProcessTest extends EngineAndMailTestSupport {

  static final Duration MAIL_WAIT = Duration.ofSeconds(20);

  /** The contact form's answer for both parties: they want to take part, and the harmer accepts responsibility. */
  static final Map<String, Object> AGREED =
      Map.of("contactOutcome", "AGREED", "acceptsResponsibility", true, "contactedOn", "2026-03-02");

  static final Map<String, Object> CONSENT = Map.of(
      "consentGiven", true, "consentDate", "2026-03-27", "consentScope", "A face-to-face meeting");

  /** A risk assessment (first or second) that lets the case go on. */
  static final Map<String, Object> LOW_RISK =
      Map.of("riskOfFurtherHarm", "LOW", "safeguardingConcerns", false, "riskOutcome", "PROCEED");

  @Autowired CamundaProcessTestContext processTest;
  @Autowired JourneyStarter starter;
  @Autowired CaseService cases;
  @Autowired CaseRecordService records;
  @Autowired FacilitatorService facilitators;
  @Autowired NotificationService notifications;
  @Autowired OutcomeService outcomes;
  @Autowired ConsentService consents;
  @Autowired CamundaClient camunda;
  @Autowired MockMvc mvc;
  private StaffHands staff;

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
    staff = new StaffHands(mvc, camunda, facilitators);
    unique = randomLetters();
    harmedEmail = "harmed." + unique + "@example.org";
    harmerEmail = "harmer." + unique + "@example.org";
    referrerEmail = REFERRER.email();
  }

  @Test
  void shouldReferOnASensitiveCaseWhenNoSpecialistCanTakeIt() throws Exception {
    // given a domestic abuse case where no specialist-trained facilitators work
    StartedCase started = starter.start(referral(new Area("TENDRING"),
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
    StartedCase started = starter.start(referral(new Area("COLCHESTER"), Sensitivity.NONE));
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
    Facilitator first = facilitator("Uma", new Area("HARLOW"));
    Facilitator second = facilitator("Vic", new Area("HARLOW"));
    Facilitator unchecked = facilitators.register(Facilitator.of("Wyn " + unique,
        "wyn." + unique + "@facilitators.example.org", LocalDate.of(1975, 1, 1), TrainingLevel.STANDARD, true,
        Set.of(new Area("HARLOW"))));
    StartedCase started = starter.start(selfReferral(new Area("HARLOW")));
    ProcessInstanceSelector instance = instance(started);

    // when: contact, risk, consent, allocation and preparation
    long caseId = started.caseId();
    staff.completeEach(caseId, "UserTask_RecordContact", 2, AGREED);
    staff.complete(caseId, "UserTask_AssessRisk", LOW_RISK);
    staff.completeEach(caseId, "UserTask_RecordConsent", 2, CONSENT);
    // the allocation task says why each facilitator was proposed, and why one was left out
    assertThat(staff.show(caseId, "UserTask_AllocateFacilitators"))
        .contains(first.name() + " (standard, volunteer): active, works in Harlow, DBS check valid until",
            unchecked.name() + ": no DBS check recorded");
    staff.complete(caseId, "UserTask_AllocateFacilitators",
        Map.of("facilitatorIds", List.of(first.id().toString(), second.id().toString())));
    staff.completeEach(caseId, "UserTask_RecordPreparationMeeting", 2,
        Map.of("preparationMeetingAt", "2026-03-28T10:00", "updatedRisk", "LOW"));
    staff.complete(caseId, "UserTask_SecondRiskAssessment", LOW_RISK);
    staff.complete(caseId, "UserTask_ChooseRoute", Map.of("route", "CONFERENCE"));

    // and the conference a week away, with its reminder two days before
    String meetingAt = processTest.getCurrentTime().plus(Duration.ofDays(7))
        .atOffset(ZoneOffset.UTC).withNano(0).toString();
    staff.complete(caseId, "UserTask_ArrangeMeeting", Map.of("meetingAt", meetingAt, "venue", "Harlow Civic Centre"));
    // the invitations go before the reminder's timer starts: move the clock only then
    assertThat(ProcessInstanceSelectors.byProcessId("meeting")).hasCompletedElements("ServiceTask_SendMeetingInvitations");
    processTest.increaseTime(Duration.ofDays(6));
    staff.complete(caseId, "UserTask_RecordMeeting",
        Map.of("meetingHappened", true, "whatHappened", "They talked it through", "agreementReached", true));

    // and the agreed action, checked when due, and the follow-up six weeks later
    String dueAt = LocalDate.ofInstant(processTest.getCurrentTime(), ZoneOffset.UTC).plusDays(4).toString();
    staff.complete(caseId, "UserTask_RecordOutcomeAgreement", Map.of("actions", List.of(
        Map.of("description", "Write a letter of apology", "owner", "Sol", "dueAt", dueAt))));
    processTest.increaseTime(Duration.ofDays(5));
    staff.complete(caseId, "UserTask_CheckAction", Map.of("actionCompleted", true));
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
          assertThat(consent.recordedBy()).isEqualTo("coordinator");
        }));
    assertThat(facilitators.currentAllocation(started.caseId())).hasValueSatisfying(a ->
        assertThat(Set.of(a.firstFacilitatorId(), a.secondFacilitatorId()))
            .containsExactlyInAnyOrder(first.id(), second.id()));
    assertThat(outcomes.forCase(started.caseId())).singleElement().satisfies(agreement -> {
      assertThat(agreement.actions()).singleElement().satisfies(action -> {
        assertThat(action.description()).isEqualTo("Write a letter of apology");
        assertThat(action.owner()).isEqualTo("Sol");
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
    // the emails say what the process no longer carries: where the meeting is, what was agreed
    assertThat(bodyOf(harmedEmail, EmailTemplate.MEETING_INVITATION)).contains("Where: Harlow Civic Centre");
    assertThat(bodyOf(harmerEmail, EmailTemplate.MEETING_REMINDER)).contains("Where: Harlow Civic Centre");
    assertThat(bodyOf(harmedEmail, EmailTemplate.ACTION_OUTCOME)).contains("Action: Write a letter of apology");
  }

  @Test
  void shouldCloseAsWithdrawnAndTellTheOthersWhenTheHarmerWithdraws() throws Exception {
    // given a case at its risk assessment
    StartedCase started = starter.start(referral(new Area("BASILDON"), Sensitivity.NONE));
    ProcessInstanceSelector instance = instance(started);
    staff.completeEach(started.caseId(), "UserTask_RecordContact", 2, AGREED);
    assertThat(instance).hasActiveElements("UserTask_AssessRisk");
    Party harmed = party(started, PartyRole.HARMED);
    Party harmer = party(started, PartyRole.HARMER);

    // when the harmer withdraws, as recorded on the case page
    staff.withdraw(started.caseId(), harmer.id(), "Moved away");

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
    StartedCase started = starter.start(referral(new Area("SOUTHEND"), Sensitivity.NONE));
    ProcessInstanceSelector instance = instance(started);

    // when both want to take part but the harmer does not accept responsibility
    staff.completeEach(started.caseId(), "UserTask_RecordContact", 2,
        Map.of("contactOutcome", "AGREED", "acceptsResponsibility", false, "contactedOn", "2026-03-02"));

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
    StartedCase open = starter.start(referral(new Area("THURROCK"), Sensitivity.NONE));
    awaitMail(2);

    // when the same people are referred again
    StartedCase duplicate = starter.start(referral(new Area("THURROCK"), Sensitivity.NONE));

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
        LocalDate.of(1975, 1, 1), TrainingLevel.STANDARD, true, Set.of(area))
        .withDbsCheck("001122334455", LocalDate.now().minusMonths(1)));
  }

  private static ProcessInstanceSelector instance(StartedCase started) {
    return ProcessInstanceSelectors.byKey(started.processInstanceKey());
  }

  /** The text of the one email with this template that went to this address. */
  private static String bodyOf(String address, EmailTemplate template) throws Exception {
    List<MimeMessage> sent = Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> addressAndSubject(m).equals(address + " " + template.subject()))
        .toList();
    assertThat(sent).as("%s to %s", template, address).hasSize(1);
    return ReceivedMail.of(sent.get(0)).text();
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
