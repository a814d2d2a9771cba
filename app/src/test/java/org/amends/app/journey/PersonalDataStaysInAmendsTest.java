package org.amends.app.journey;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.Variable;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.amends.app.EmbeddedEngineTestSupport;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.CaseStatus;
import org.amends.app.casework.ContactMethod;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.NewParty;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.PartyStatus;
import org.amends.app.casework.Sensitivity;
import org.amends.app.consent.ConsentService;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.amends.app.meeting.MeetingService;
import org.amends.app.outcome.OutcomeService;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.ReferralSource;
import org.amends.app.referral.Referrer;
import org.amends.app.referral.StartedCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Data minimisation, shown on a whole journey with the real job workers: made-up people with
 * distinctive names, email addresses, phone numbers and an address are referred, and staff type
 * distinctive free text into every form (notes, an interpreter language, what they consented to,
 * a venue, an agreed action and who does it) and a withdrawal reason on the case page. Amends
 * keeps all of it; not one variable of any process instance holds any of it, and neither does
 * anything the app logged or printed meanwhile (its own mail catcher logs each email it catches).
 */
@SpringBootTest(properties = "camunda.process-test.runtime-mode=remote")
@ActiveProfiles("dev")
@AutoConfigureMockMvc
@CamundaSpringProcessTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataStaysInAmendsTest {

  static final String HARMED = "Zephyrine Quillfeather";
  static final String HARMED_EMAIL = "zephyrine.quillfeather@privacy-test.example";
  static final String HARMED_PHONE = "07700 900417";
  static final String HARMED_ADDRESS = "17 Larkspur Mews, Harlow";
  static final String HARMER = "Balthazar Nettlebrook";
  static final String HARMER_EMAIL = "b.nettlebrook@privacy-test.example";
  static final String HARMER_PHONE = "07700 900582";
  static final String SUPPORTER = "Ottoline Marchbanks";
  static final String SUPPORTER_EMAIL = "ottoline.marchbanks@privacy-test.example";
  static final String SUPPORTER_PHONE = "07700 900633";
  static final Referrer REFERRER = new Referrer(
      "PC Ignatius Vellacott", "Essex Police", "ignatius.vellacott@police-test.example", "01632 960777");
  static final String FIRST_FACILITATOR = "Perpetua Hollingsworth";
  static final String SECOND_FACILITATOR = "Cornelius Ashdown";
  static final String LANGUAGE = "Faroese";
  static final String VENUE = "Wyvern Lodge, 9 Pennyroyal Lane";
  static final String ACTION = "Repaint the garden fence with Quillfeather";
  static final String ACTION_OWNER = "Balthazar Nettlebrook himself";
  static final String WITHDRAWAL_REASON = "Emigrating to Tristan da Cunha";
  static final String CONSENT_SCOPE = "A conference at Wyvern Lodge with tea";
  static final String NOTE = "Prefers calls after the Evensong bells";

  /** Everything above, and the parts of it a leak might carry on its own. */
  static final List<String> PERSONAL = List.of(
      HARMED, "Zephyrine", "Quillfeather", HARMED_EMAIL, HARMED_PHONE, "900417", HARMED_ADDRESS, "Larkspur",
      HARMER, "Balthazar", "Nettlebrook", HARMER_EMAIL, HARMER_PHONE, "900582",
      SUPPORTER, "Ottoline", "Marchbanks", SUPPORTER_EMAIL, SUPPORTER_PHONE, "900633",
      REFERRER.name(), "Vellacott", REFERRER.email(), REFERRER.phone(), "960777",
      FIRST_FACILITATOR, "Hollingsworth", "perpetua", SECOND_FACILITATOR, "Ashdown", "cornelius",
      LANGUAGE, VENUE, "Wyvern", "Pennyroyal", ACTION, "garden fence", ACTION_OWNER,
      WITHDRAWAL_REASON, "Tristan da Cunha", CONSENT_SCOPE, NOTE, "Evensong");

  /**
   * The real app as the other tests run it, but with its own mail catcher taking the emails (on a
   * free port), so that its log lines are part of what is checked.
   */
  @DynamicPropertySource
  static void appWithItsMailCatcher(DynamicPropertyRegistry registry) {
    EmbeddedEngineTestSupport.register(registry, true);
    int mailPort = EmbeddedEngineTestSupport.freePort();
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> mailPort);
  }

  @Autowired CamundaProcessTestContext processTest;
  @Autowired CamundaClient camunda;
  @Autowired MockMvc mvc;
  @Autowired JourneyStarter starter;
  @Autowired CaseService cases;
  @Autowired CaseRecordService records;
  @Autowired ConsentService consents;
  @Autowired FacilitatorService facilitators;
  @Autowired MeetingService meetings;
  @Autowired OutcomeService outcomes;

  @Test
  void shouldKeepNamesContactDetailsAndFreeTextOutOfTheEngineAndTheLogs(CapturedOutput output) throws Exception {
    // given two facilitators, and a referral of three people
    Facilitator first = facilitator(FIRST_FACILITATOR, "perpetua.hollingsworth@facilitators-test.example");
    Facilitator second = facilitator(SECOND_FACILITATOR, "cornelius.ashdown@facilitators-test.example");
    StartedCase started = starter.start(referral());
    long caseId = started.caseId();
    Party supporter = cases.parties(caseId).stream().filter(p -> p.role() == PartyRole.SUPPORTER).findFirst().orElseThrow();
    StaffHands staff = new StaffHands(mvc, camunda, facilitators);

    // when staff take it through a conference to closure, typing personal details into every form
    staff.completeEach(caseId, "UserTask_RecordContact", 3, Map.of("contactOutcome", "AGREED",
        "acceptsResponsibility", true, "contactMethod", "PHONE", "contactedOn", "2026-03-02", "notes", NOTE));
    staff.complete(caseId, "UserTask_AssessRisk", risk());
    staff.completeEach(caseId, "UserTask_RecordConsent", 3,
        Map.of("consentGiven", true, "consentDate", "2026-03-27", "consentScope", CONSENT_SCOPE));
    // (the allocation form lists the facilitators by name, from Amends)
    assertThat(staff.show(caseId, "UserTask_AllocateFacilitators"))
        .contains(FIRST_FACILITATOR + " (standard, volunteer)", SECOND_FACILITATOR + " (standard, volunteer)");
    staff.complete(caseId, "UserTask_AllocateFacilitators", Map.of(
        "facilitatorIds", List.of(first.id().toString(), second.id().toString()), "allocationNotes", NOTE));
    staff.completeEach(caseId, "UserTask_RecordPreparationMeeting", 3, Map.of("preparationMeetingAt",
        "2026-03-30T10:00", "attendees", HARMED + " and " + SUPPORTER, "notes", NOTE, "updatedRisk", "LOW"));
    staff.complete(caseId, "UserTask_SecondRiskAssessment", risk());
    staff.complete(caseId, "UserTask_ChooseRoute", Map.of("route", "CONFERENCE", "routeReason", NOTE));
    String meetingAt = processTest.getCurrentTime().plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC).withNano(0).toString();
    staff.complete(caseId, "UserTask_ArrangeMeeting",
        Map.of("meetingAt", meetingAt, "venue", VENUE, "accessArrangements", "A ramp for " + HARMED));
    assertThat(ProcessInstanceSelectors.byProcessId("meeting")).hasCompletedElements("ServiceTask_SendMeetingInvitations");
    processTest.increaseTime(Duration.ofDays(6));
    staff.complete(caseId, "UserTask_RecordMeeting", Map.of("meetingHappened", true,
        "whatHappened", HARMER + " apologised to " + HARMED, "attendees", HARMED + ", " + HARMER, "agreementReached", true));
    String dueAt = LocalDate.ofInstant(processTest.getCurrentTime(), ZoneOffset.UTC).plusDays(4).toString();
    staff.complete(caseId, "UserTask_RecordOutcomeAgreement", Map.of(
        "actions", List.of(Map.of("description", ACTION, "owner", ACTION_OWNER, "dueAt", dueAt)),
        "agreementSummary", NOTE));
    // and the supporter withdraws while the action is followed up
    staff.withdraw(caseId, supporter.id(), WITHDRAWAL_REASON);
    await().atMost(StaffHands.WAIT).until(() -> cases.party(supporter.id()).status() == PartyStatus.WITHDRAWN);
    processTest.increaseTime(Duration.ofDays(5));
    // (the check shows what was agreed and by whom, from Amends)
    assertThat(staff.show(caseId, "UserTask_CheckAction")).contains(ACTION, ACTION_OWNER);
    staff.complete(caseId, "UserTask_CheckAction", Map.of("actionCompleted", true, "checkNotes", NOTE));
    assertThat(ProcessInstanceSelectors.byKey(started.processInstanceKey()))
        .hasCompletedElements("ServiceTask_InformActionOutcome");
    processTest.increaseTime(Duration.ofDays(42));
    assertThat(ProcessInstanceSelectors.byKey(started.processInstanceKey()))
        .hasCompletedElements("ServiceTask_RequestReferrerFeedback");
    processTest.increaseTime(Duration.ofDays(14));
    assertThat(ProcessInstanceSelectors.byKey(started.processInstanceKey())).isCompleted();
    assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.CLOSED);

    // then Amends kept what was typed
    assertThat(meetings.forCase(caseId)).extracting(m -> m.venue()).contains(VENUE);
    assertThat(outcomes.forCase(caseId)).singleElement().satisfies(a -> assertThat(a.actions())
        .singleElement().satisfies(action -> {
          assertThat(action.description()).isEqualTo(ACTION);
          assertThat(action.owner()).isEqualTo(ACTION_OWNER);
        }));
    assertThat(consents.forParty(cases.parties(caseId).get(0).id()))
        .hasValueSatisfying(c -> assertThat(c.scope()).isEqualTo(CONSENT_SCOPE));
    assertThat(consents.forParty(supporter.id()))
        .hasValueSatisfying(c -> assertThat(c.withdrawalReason()).isEqualTo(WITHDRAWAL_REASON));
    assertThat(records.notes(caseId)).extracting(CaseNote::text)
        .anySatisfy(text -> assertThat(text).contains("Assess risk", LANGUAGE))
        .anySatisfy(text -> assertThat(text).contains(NOTE));

    // and every variable of every process instance of the journey carries ids and decisions only
    List<ProcessInstance> instances = all(p -> camunda.newProcessInstanceSearchRequest().page(p).send().join());
    assertThat(instances).extracting(ProcessInstance::getProcessDefinitionId)
        .contains("restorative-justice-case", "initial-contact", "informed-consent", "meeting", "case-closure");
    Map<String, String> variables = new LinkedHashMap<>();
    for (ProcessInstance instance : instances) {
      List<Variable> found = all(p -> camunda.newVariableSearchRequest()
          .filter(f -> f.processInstanceKey(instance.getProcessInstanceKey())).page(p).send().join());
      assertThat(found).as("variables of %s", instance.getProcessDefinitionId()).isNotEmpty();
      for (Variable variable : found) {
        variables.put(instance.getProcessDefinitionId() + " " + instance.getProcessInstanceKey() + " "
            + variable.getName() + " (scope " + variable.getScopeKey() + ")", fullValue(variable));
      }
    }
    assertThat(variables.keySet()).as("the ids that stand for what Amends keeps")
        .anyMatch(name -> name.contains(" suggestedFacilitatorIds "))
        .anyMatch(name -> name.contains(" meetingId "))
        .anyMatch(name -> name.contains(" outcomeAgreementId "))
        .anyMatch(name -> name.contains(" withdrawalRequestId "))
        .anyMatch(name -> name.contains(" actions "));
    variables.forEach((name, value) -> assertThat(value).as("variable %s", name).satisfies(this::holdsNothingPersonal));

    // and nothing the app logged or printed meanwhile names anyone or repeats what they said
    assertThat(output.getAll())
        .as("the mail catcher's lines name the case and the recipient by id")
        .contains("Caught email for party " + cases.parties(caseId).get(0).id() + " of case " + started.reference())
        .contains("Caught email for facilitator " + first.id() + " of case " + started.reference())
        .contains("Caught email for referrer of case " + started.reference());
    holdsNothingPersonal(output.getAll());
  }

  private void holdsNothingPersonal(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    assertThat(PERSONAL).as("personal data found in: %s", text)
        .noneMatch(personal -> lower.contains(personal.toLowerCase(Locale.ROOT)));
  }

  private Map<String, Object> risk() {
    return Map.of("riskOfFurtherHarm", "LOW", "vulnerability", "Worried about " + HARMED,
        "safeguardingConcerns", false, "accessNeeds", "Needs step-free access to " + VENUE,
        "interpreterLanguage", LANGUAGE, "riskOutcome", "PROCEED");
  }

  private String fullValue(Variable variable) {
    return Boolean.TRUE.equals(variable.isTruncated())
        ? camunda.newVariableGetRequest(variable.getVariableKey()).send().join().getValue()
        : variable.getValue();
  }

  /** Every item of a search, a page of 100 at a time. */
  private static <T> List<T> all(
      Function<java.util.function.Consumer<io.camunda.client.api.search.request.SearchRequestPage>, SearchResponse<T>> search) {
    List<T> items = new ArrayList<>();
    for (int from = 0; ; from += 100) {
      int offset = from;
      List<T> page = search.apply(p -> p.from(offset).limit(100)).items();
      items.addAll(page);
      if (page.size() < 100) {
        return items;
      }
    }
  }

  private NewCase referral() {
    return new NewCase(
        new ReferralDetails(ReferralSource.POLICE, REFERRER, LocalDate.of(2026, 1, 12),
            LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 4), false, null),
        new Area("HARLOW"), "Criminal damage", Sensitivity.NONE, List.of(
            new NewParty(PartyRole.HARMED, HARMED, LocalDate.of(1979, 4, 2), HARMED_EMAIL, HARMED_PHONE,
                HARMED_ADDRESS, ContactMethod.EMAIL, true, LANGUAGE, "Step-free access"),
            new NewParty(PartyRole.HARMER, HARMER, LocalDate.of(1999, 8, 21), HARMER_EMAIL, HARMER_PHONE,
                null, ContactMethod.EMAIL, true, null, null),
            new NewParty(PartyRole.SUPPORTER, SUPPORTER, LocalDate.of(1955, 12, 30), SUPPORTER_EMAIL,
                SUPPORTER_PHONE, null, ContactMethod.EMAIL, true, null, null)),
        null);
  }

  private Facilitator facilitator(String name, String email) {
    return facilitators.register(Facilitator.of(name, email, LocalDate.of(1972, 3, 3),
        TrainingLevel.STANDARD, true, Set.of(new Area("HARLOW")))
        .withDbsCheck("001122334455", LocalDate.now().minusMonths(1)));
  }
}
