package org.amends.app.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.amends.app.casework.Area;
import org.amends.app.casework.AssessmentKind;
import org.amends.app.casework.AssessmentOutcome;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseFixtures;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.ContactLog;
import org.amends.app.casework.ContactMethod;
import org.amends.app.casework.ContactOutcome;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.NewParty;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.RiskAssessment;
import org.amends.app.casework.RiskLevel;
import org.amends.app.casework.Sensitivity;
import org.amends.app.consent.ConsentService;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.amends.app.meeting.Meeting;
import org.amends.app.meeting.MeetingKind;
import org.amends.app.meeting.MeetingService;
import org.amends.app.outcome.ActionStatus;
import org.amends.app.outcome.OutcomeAction;
import org.amends.app.outcome.OutcomeAgreement;
import org.amends.app.outcome.OutcomeService;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.ReferralSource;
import org.amends.app.referral.Referrer;
import org.amends.app.survey.SurveyEmails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The report test's cases, two reporting years of them (2024/25 and 2025/26), made with the
 * services the journey's workers and pages call, with volunteer hours logged on the case page and
 * the hours page and surveys answered on the public survey page from the link in the email. What
 * each one adds to which figure is worked out by hand in ReportFiguresTest.
 */
final class ReportDataset {

  static final RequestPostProcessor COORDINATOR = user("dataset-coordinator").roles("COORDINATOR");
  static final RequestPostProcessor FACILITATOR = user("dataset-facilitator").roles("FACILITATOR");

  private final MockMvc mvc;
  private final CaseService cases;
  private final CaseRecordService records;
  private final ConsentService consents;
  private final MeetingService meetings;
  private final OutcomeService outcomes;
  private final FacilitatorService facilitators;
  private final SurveyEmails surveys;
  private final SettableClock clock;
  private final com.icegreen.greenmail.junit5.GreenMailExtension smtp;

  /** Each case by its name in the test (c1..c12 this year and next, p1..p4 last year). */
  final Map<String, Made> made = new LinkedHashMap<>();
  Facilitator first;
  Facilitator second;

  record Made(long caseId, String reference, List<Long> partyIds, String surname) {
    long party(int i) {
      return partyIds.get(i);
    }
  }

  ReportDataset(MockMvc mvc, CaseService cases, CaseRecordService records, ConsentService consents,
      MeetingService meetings, OutcomeService outcomes, FacilitatorService facilitators, SurveyEmails surveys,
      SettableClock clock, com.icegreen.greenmail.junit5.GreenMailExtension smtp) {
    this.mvc = mvc;
    this.cases = cases;
    this.records = records;
    this.consents = consents;
    this.meetings = meetings;
    this.outcomes = outcomes;
    this.facilitators = facilitators;
    this.surveys = surveys;
    this.clock = clock;
    this.smtp = smtp;
  }

  void build() throws Exception {
    clock.setDay(LocalDate.of(2024, 4, 1));
    first = facilitators.register(Facilitator.of("Fay Dataset", "fay.dataset@volunteers.example",
        LocalDate.of(1970, 1, 1), TrainingLevel.STANDARD, true, Set.of(new Area("COLCHESTER"))));
    first = facilitators.linkStaffUser(first.id(), "dataset-facilitator");
    second = facilitators.register(Facilitator.of("Gus Dataset", "gus.dataset@volunteers.example",
        LocalDate.of(1972, 1, 1), TrainingLevel.STANDARD, true, Set.of(new Area("COLCHESTER"))));

    // 2024/25: four referrals
    referral("p1", ReferralSource.POLICE, new Area("COLCHESTER"), "2024-05-10", true, true);
    referral("p2", new ReferralSource("COUNCIL"), new Area("SOUTHEND"), "2024-09-01", false, false);
    referral("p3", ReferralSource.SELF, new Area("HARLOW"), "2025-01-15", false, false);
    referral("p4", new ReferralSource("PRISON"), new Area("BASILDON"), "2025-03-31", false, false);
    // 2025/26: eleven, one from every source; one more the day after the year ends
    referral("c1", ReferralSource.POLICE, new Area("COLCHESTER"), "2025-04-01", true, true);
    referral("c2", ReferralSource.POLICE, new Area("COLCHESTER"), "2025-05-05", true, true);
    referral("c3", ReferralSource.POLICE, new Area("SOUTHEND"), "2025-06-02", false, false);
    referral("c4", new ReferralSource("YOUTH_OFFENDING_TEAM"), new Area("THURROCK"), "2025-07-01", false, false);
    referral("c5", new ReferralSource("COUNCIL"), new Area("SOUTHEND"), "2025-08-01", false, false);
    referral("c6", new ReferralSource("FIRE_AND_RESCUE"), new Area("CHELMSFORD"), "2025-09-01", false, false);
    referral("c7", new ReferralSource("PRISON"), new Area("BASILDON"), "2025-10-01", false, false);
    referral("c8", new ReferralSource("PROBATION"), new Area("TENDRING"), "2025-11-03", false, false);
    referral("c9", new ReferralSource("SCHOOL"), new Area("BRENTWOOD"), "2025-12-01", false, false);
    referral("c10", new ReferralSource("GP_SURGERY"), new Area("HARLOW"), "2026-01-05", false, false);
    referral("c11", ReferralSource.SELF, new Area("OTHER"), "2026-03-31", false, false);
    referral("c12", ReferralSource.POLICE, new Area("COLCHESTER"), "2026-04-01", false, false);

    // contacts; party 0 is harmed, party 1 the harmer, party 2 (c1 only) a second harmed person
    contact("p2", 0, "2024-09-03", ContactOutcome.REACHED);
    contact("p3", 0, "2025-04-02", ContactOutcome.REACHED);
    contact("c1", 0, "2025-04-03", ContactOutcome.NO_ANSWER);
    contact("c1", 0, "2025-04-04", ContactOutcome.REACHED);
    contact("c1", 1, "2025-04-07", ContactOutcome.ACCEPTED);
    contact("c1", 2, "2025-04-10", ContactOutcome.REACHED);
    contact("c2", 0, "2025-05-06", ContactOutcome.MESSAGE_LEFT);
    contact("c2", 0, "2025-05-09", ContactOutcome.ACCEPTED);
    contact("c3", 0, "2025-06-02", ContactOutcome.REACHED);
    contact("c4", 0, "2025-07-02", ContactOutcome.NO_ANSWER);
    contact("c5", 0, "2025-08-04", ContactOutcome.DECLINED);

    // risk assessments and consent
    risk("c1", AssessmentKind.INITIAL, "2025-04-15");
    risk("c1", AssessmentKind.SECOND, "2025-05-20");
    risk("c2", AssessmentKind.INITIAL, "2025-05-12");
    risk("c2", AssessmentKind.SECOND, "2025-07-20");
    risk("c3", AssessmentKind.INITIAL, "2025-06-03");
    risk("c3", AssessmentKind.SECOND, "2025-06-20");
    consent("c1", 0, "2025-04-20");
    consent("c1", 2, "2025-04-22");
    consent("c1", 1, "2025-05-01");
    consent("c2", 0, "2025-05-20");
    consent("c2", 1, "2025-06-01");
    consent("c3", 0, "2025-06-05");

    // meetings
    meeting("p1", MeetingKind.CONFERENCE, null, "2025-01-10");
    meeting("c1", MeetingKind.PREPARATION, 0, "2025-05-25");
    meeting("c1", MeetingKind.CONFERENCE, null, "2025-06-10");
    meeting("c2", MeetingKind.PREPARATION, 1, "2025-06-20");
    meeting("c2", MeetingKind.INDIRECT_EXCHANGE, null, "2025-07-15");
    meeting("c3", MeetingKind.PANEL, null, "2025-09-01");

    // agreed actions
    long c1Agreement = outcomes.record(OutcomeAgreement.of(id("c1"), LocalDate.of(2025, 6, 10), List.of(
        OutcomeAction.open("Write a letter", "Harmer", LocalDate.of(2025, 7, 1)),
        OutcomeAction.open("Repair the fence", "Harmer", LocalDate.of(2025, 7, 15))), null)).id();
    outcomes.recordActionStatus(c1Agreement, 0, ActionStatus.COMPLETED);
    outcomes.recordActionStatus(c1Agreement, 1, ActionStatus.NOT_COMPLETED);
    long c2Agreement = outcomes.record(OutcomeAgreement.of(id("c2"), LocalDate.of(2025, 7, 15), List.of(
        OutcomeAction.open("Attend a course", "Harmer", LocalDate.of(2025, 10, 1)),
        OutcomeAction.open("Send a card", "Harmer", LocalDate.of(2026, 5, 1))), null)).id();
    outcomes.recordActionStatus(c2Agreement, 0, ActionStatus.COMPLETED);

    // volunteer hours, through the pages, on the last day of 2025/26
    facilitators.allocate(id("c1"), first.id(), second.id(), "dataset");
    facilitators.allocate(id("c2"), first.id(), second.id(), "dataset");
    clock.setDay(LocalDate.of(2026, 3, 31));
    caseHours("c1", first, "2025-05-10", "2.5", "PREPARATION");
    caseHours("c1", second, "2025-06-10", "3", "MEETING");
    caseHours("c1", first, "2025-06-10", "1.25", "TRAVEL");
    caseHours("c2", second, "2025-06-01", "2", "PREPARATION");
    ownHours("2025-04-12", "6", "TRAINING");
    ownHours("2025-11-20", "1.5", "FORUM");
    ownHours("2025-03-20", "3", "TRAINING");
    hoursFor(second, "2026-02-14", "4", "AWARENESS_EVENT");
    hoursFor(second, "2026-02-14", "0.5", "TRAVEL");

    // surveys: one answered in 2024/25; this year four participants asked, three answer; three referrers answer
    clock.setDay(LocalDate.of(2025, 3, 1));
    answerParticipant(participantLink("p1", 0), "1");
    clock.setDay(LocalDate.of(2025, 9, 1));
    String h1 = participantLink("c1", 0);
    String r1 = participantLink("c1", 1);
    String h2 = participantLink("c2", 0);
    participantLink("c2", 1);
    String c1Referrer = referrerLink("c1");
    String c2Referrer = referrerLink("c2");
    String c3Referrer = referrerLink("c3");
    clock.setDay(LocalDate.of(2025, 9, 10));
    answerParticipant(h1, "5");
    answerParticipant(r1, "4");
    answerParticipant(h2, "2");
    answerReferrer(c1Referrer, "yes");
    answerReferrer(c2Referrer, "no");
    answerReferrer(c3Referrer, "yes");

    // closures
    cases.recordClosure(id("p1"), ClosureOutcome.NOT_SUITABLE, LocalDate.of(2025, 2, 1));
    cases.recordClosure(id("p2"), ClosureOutcome.WITHDRAWN, LocalDate.of(2025, 5, 1));
    cases.recordClosure(id("c1"), ClosureOutcome.COMPLETED_DIRECT, LocalDate.of(2025, 8, 1));
    cases.recordClosure(id("c2"), ClosureOutcome.COMPLETED_INDIRECT, LocalDate.of(2025, 9, 15));
    cases.recordClosure(id("c4"), ClosureOutcome.NO_CONTACT, LocalDate.of(2025, 10, 1));
    cases.recordClosure(id("c5"), ClosureOutcome.DECLINED_BY_HARMED, LocalDate.of(2025, 8, 20));
  }

  String ref(String name) {
    return made.get(name).reference();
  }

  long id(String name) {
    return made.get(name).caseId();
  }

  /** A case with its referral; with emails, its harmed and harming people agreed to be emailed. */
  private void referral(String name, ReferralSource source, Area area, String date, boolean emails, boolean secondHarmed) {
    String surname = "Dataset" + name.toUpperCase() + UUID.randomUUID().toString().substring(0, 6);
    Referrer referrer = source.equals(ReferralSource.SELF) ? null
        : new Referrer("Ref " + surname, "Agency " + name, "ref." + surname.toLowerCase() + "@agency.example", null);
    List<NewParty> parties = new ArrayList<>();
    parties.add(CaseFixtures.party(PartyRole.HARMED, "Hana " + surname, LocalDate.of(1980, 1, 1),
        emails ? "hana." + surname.toLowerCase() + "@example.org" : null, emails));
    parties.add(CaseFixtures.party(PartyRole.HARMER, "Rory " + surname, LocalDate.of(2000, 1, 1),
        emails ? "rory." + surname.toLowerCase() + "@example.org" : null, emails));
    if (secondHarmed && name.startsWith("c")) {
      parties.add(CaseFixtures.party(PartyRole.HARMED, "Hugo " + surname, LocalDate.of(1985, 1, 1), null, false));
    }
    LocalDate day = LocalDate.parse(date);
    CaseCreated c = cases.createFromReferral(new NewCase(
        new ReferralDetails(source, referrer, day, day.minusDays(20), day.minusDays(19), false, null),
        area, "Criminal damage", Sensitivity.NONE, parties, null));
    made.put(name, new Made(c.caseId(), c.reference(), c.partyIds(), surname));
  }

  private void contact(String name, int party, String day, ContactOutcome outcome) {
    records.logContact(new ContactLog(null, id(name), made.get(name).party(party), at(day), ContactMethod.PHONE,
        outcome, null, "dataset-coordinator", null));
  }

  private void risk(String name, AssessmentKind kind, String day) {
    records.recordRiskAssessment(new RiskAssessment(null, id(name), kind, RiskLevel.LOW, null, null, null, null,
        null, null, AssessmentOutcome.PROCEED, null, "dataset-coordinator", LocalDate.parse(day), null));
  }

  private void consent(String name, int party, String day) {
    consents.recordConsent(made.get(name).party(party), true, LocalDate.parse(day), "A meeting", "dataset-coordinator");
  }

  private void meeting(String name, MeetingKind kind, Integer party, String day) {
    meetings.schedule(Meeting.scheduled(id(name), kind, party == null ? null : made.get(name).party(party), at(day),
        null, null));
  }

  private void caseHours(String name, Facilitator who, String day, String hours, String activity) throws Exception {
    new HoursHands(mvc).onCase(COORDINATOR, id(name), who.id(), LocalDate.parse(day), hours, activity);
  }

  /** The signed-in facilitator logs their own hours outside cases. */
  private void ownHours(String day, String hours, String activity) throws Exception {
    new HoursHands(mvc).outside(FACILITATOR, null, LocalDate.parse(day), hours, activity);
  }

  /** A coordinator logs hours outside cases for a facilitator. */
  private void hoursFor(Facilitator who, String day, String hours, String activity) throws Exception {
    new HoursHands(mvc).outside(COORDINATOR, who.id(), LocalDate.parse(day), hours, activity);
  }

  /** Sends the satisfaction survey as the follow-up does and returns the link's path from the email. */
  private String participantLink(String name, int party) throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    surveys.sendSatisfactionSurvey(id(name), made.get(name).party(party), "dataset-" + UUID.randomUUID());
    return link();
  }

  private String referrerLink(String name) throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    surveys.sendReferrerFeedbackRequest(id(name), "dataset-" + UUID.randomUUID());
    return link();
  }

  private String link() throws Exception {
    return answers().onlyLink();
  }

  private void answerParticipant(String path, String satisfaction) throws Exception {
    answers().answerParticipant(path, satisfaction);
  }

  private void answerReferrer(String path, String recommend) throws Exception {
    answers().answerReferrer(path, recommend);
  }

  private SurveyHands answers() {
    return new SurveyHands(mvc, smtp);
  }

  private static Instant at(String day) {
    return LocalDate.parse(day).atTime(LocalTime.NOON).atZone(SettableClock.UK).toInstant();
  }
}
