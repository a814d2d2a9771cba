package org.amends.app.reporting;

import static org.amends.app.reporting.CaseHands.contact;
import static org.amends.app.reporting.CaseHands.refusesResponsibility;
import static org.amends.app.reporting.IntakeHands.harmedEmail;
import static org.amends.app.reporting.IntakeHands.harmerEmail;
import static org.amends.app.reporting.IntakeHands.referrerEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.amends.app.EngineAndMailTestSupport;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.amends.app.journey.StaffHands;
import org.amends.app.notification.EmailTemplate;
import org.amends.engine.server.EngineServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two reporting years of cases made as people make them, and the report's figures for each year
 * against values worked out by hand ({@link ReportThroughTheJourneyFigures}). Referrals come
 * through the partner API (with each agency's key), the staff referral form and the self-referral
 * pages, one from every source; the cases go through the real BPMN journey with the real job
 * workers, staff doing their part on the task pages; surveys are answered on the survey pages from
 * the links in the real emails (GreenMail), some left unanswered; hours are logged on the pages.
 * The time is the engine's clock, moved by Camunda Process Test, and the app reads the same clock
 * ({@link EngineTime}), so every date (referral, assessment, closure, survey sent and answered) is
 * the one the app gives it on that day.
 */
@SpringBootTest(properties = {
    "camunda.process-test.runtime-mode=remote",
    "amends.security.partners[0].name=Essex Police",
    "amends.security.partners[0].source=POLICE",
    "amends.security.partners[0].api-key=journey-police-key",
    "amends.security.partners[1].name=Youth Offending Service",
    "amends.security.partners[1].source=YOUTH_OFFENDING_TEAM",
    "amends.security.partners[1].api-key=journey-yot-key",
    "amends.security.partners[2].name=Essex Fire and Rescue",
    "amends.security.partners[2].source=FIRE_AND_RESCUE",
    "amends.security.partners[2].api-key=journey-fire-key",
    "amends.security.partners[3].name=HMP Chelmsford",
    "amends.security.partners[3].source=PRISON",
    "amends.security.partners[3].api-key=journey-prison-key",
    "amends.security.partners[4].name=Probation Service",
    "amends.security.partners[4].source=PROBATION",
    "amends.security.partners[4].api-key=journey-probation-key"})
@AutoConfigureMockMvc
@CamundaSpringProcessTest
class ReportThroughTheJourneyTest extends EngineAndMailTestSupport {

  private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

  @TestConfiguration
  static class OneClock {
    @Bean
    @Primary
    Clock engineTime(EngineServer engine) {
      return new EngineTime(engine.engine().clock(), CaseHands.UK);
    }
  }

  @Autowired CamundaProcessTestContext processTest;
  @Autowired CamundaClient camunda;
  @Autowired MockMvc mvc;
  @Autowired CaseService cases;
  @Autowired FacilitatorService facilitators;
  @Autowired JdbcClient jdbc;

  private CaseHands journey;
  private IntakeHands intake;
  private SurveyHands surveys;
  private HoursHands hours;
  private Facilitator first;
  private Facilitator second;
  /** The first facilitator, signed in (the allocated facilitator StaffHands signs in as). */
  private RequestPostProcessor firstSignedIn;
  /** The referrer's link of last year's conference, answered this year. */
  private String a3Referrer;

  @Test
  void shouldCountEveryFigureOfTwoYearsOfCasesMadeThroughTheJourney() throws Exception {
    journey = new CaseHands(new StaffHands(mvc, camunda, facilitators), cases, camunda, processTest);
    intake = new IntakeHands(mvc, jdbc);
    surveys = new SurveyHands(mvc, smtp);
    hours = new HoursHands(mvc);

    journey.on(LocalDate.of(2024, 4, 2));
    facilitators();
    year2024To25();
    year2025To26();

    ReportThroughTheJourneyFigures figures = new ReportThroughTheJourneyFigures(mvc);
    figures.assert2024To25();
    figures.assert2025To26();
  }

  /** Two facilitators who work where the cases that reach allocation are, DBS-checked a month ago. */
  private void facilitators() {
    Set<Area> areas = Set.of(new Area("SOUTHEND"), new Area("COLCHESTER"), new Area("THURROCK"), new Area("HARLOW"));
    first = facilitators.register(Facilitator.of("Fay Journey", "fay.journey@volunteers.example",
        LocalDate.of(1970, 1, 1), TrainingLevel.STANDARD, true, areas).withDbsCheck("001122334455",
        LocalDate.of(2024, 3, 1)));
    second = facilitators.register(Facilitator.of("Gus Journey", "gus.journey@volunteers.example",
        LocalDate.of(1972, 1, 1), TrainingLevel.STANDARD, true, areas).withDbsCheck("001122334466",
        LocalDate.of(2024, 3, 1)));
    facilitators.linkStaffUser(first.id(), "facilitator-" + first.id());
    firstSignedIn = user("facilitator-" + first.id()).roles("FACILITATOR");
  }

  /**
   * 2024/25: a police referral the harmer declines; a self-referral whose harmer is never reached;
   * a council referral (staff form) taken through a conference to a completed case, its survey
   * answered by the harmed person, not by the harmer, its referrer answering next year.
   */
  private void year2024To25() throws Exception {
    journey.on(LocalDate.of(2024, 5, 7));
    long a1 = intake.partner("journey-police-key", "COLCHESTER", "Aone", LocalDate.of(2024, 5, 7));
    journey.on(LocalDate.of(2024, 5, 9));
    journey.contacts(a1, contact("AGREED", LocalDate.of(2024, 5, 9)), contact("DECLINED", LocalDate.of(2024, 5, 9)));
    journey.awaitClosed(a1, ClosureOutcome.DECLINED_BY_HARMER, LocalDate.of(2024, 5, 9));

    journey.on(LocalDate.of(2024, 6, 3));
    long a2 = intake.self("HARLOW", "Atwo", LocalDate.of(2024, 6, 3));
    journey.on(LocalDate.of(2024, 6, 5));
    journey.contacts(a2, contact("AGREED", LocalDate.of(2024, 6, 5)), contact("NO_CONTACT", LocalDate.of(2024, 6, 5)));
    journey.awaitClosed(a2, ClosureOutcome.NO_CONTACT, LocalDate.of(2024, 6, 5));

    journey.on(LocalDate.of(2024, 11, 4));
    long a3 = intake.staff("COUNCIL", "SOUTHEND", "Athree", LocalDate.of(2024, 11, 4));
    journey.on(LocalDate.of(2024, 11, 7));
    journey.contacts(a3, contact("AGREED", LocalDate.of(2024, 11, 7)), contact("AGREED", LocalDate.of(2024, 11, 7)));
    journey.assessRisk(a3, "PROCEED");
    journey.on(LocalDate.of(2024, 11, 8));
    journey.consentAndAllocate(a3, LocalDate.of(2024, 11, 8), first, second);
    journey.on(LocalDate.of(2024, 11, 12));
    journey.prepare(a3, LocalDateTime.of(2024, 11, 12, 9, 0));
    hours.onCase(COORDINATOR, a3, second.id(), LocalDate.of(2024, 11, 12), "2", "PREPARATION");
    journey.conference(a3, LocalDateTime.of(2024, 12, 3, 10, 0));
    journey.on(LocalDate.of(2024, 12, 3));
    journey.conferenceHeld(a3);
    journey.agreement(a3, LocalDate.of(2024, 12, 17));
    journey.on(LocalDate.of(2024, 12, 17));
    journey.checkAction(a3, true);
    // six weeks on (28 January 2025, 10:00) the surveys go out: seen the next morning
    journey.on(LocalDate.of(2025, 1, 29));
    journey.awaitSurveysSent(a3);
    a3Referrer = surveyLink(referrerEmail("Athree"), EmailTemplate.REFERRER_FEEDBACK_REQUEST);
    surveyLink(harmerEmail("Athree"), EmailTemplate.SATISFACTION_SURVEY);
    journey.on(LocalDate.of(2025, 2, 5));
    surveys.answerParticipant(surveyLink(harmedEmail("Athree"), EmailTemplate.SATISFACTION_SURVEY), "5");
    // two weeks after the surveys (12 February, 10:00) the case closes: seen the next morning
    journey.on(LocalDate.of(2025, 2, 13));
    journey.awaitClosed(a3, ClosureOutcome.COMPLETED_DIRECT, LocalDate.of(2025, 2, 13));

    journey.on(LocalDate.of(2025, 3, 10));
    hours.outside(firstSignedIn, null, LocalDate.of(2025, 3, 10), "3", "TRAINING");
  }

  /**
   * 2025/26: eight referrals, one from every source but the council; a conference and an indirect
   * exchange taken to completion, three cases closed after contact, one after its risk assessment,
   * two still open at the year's end; and one more referral the day after the year ends.
   */
  private void year2025To26() throws Exception {
    journey.on(LocalDate.of(2025, 4, 1));
    long b1 = intake.partner("journey-police-key", "COLCHESTER", "Bone", LocalDate.of(2025, 4, 1));
    long b2 = intake.partner("journey-yot-key", "THURROCK", "Btwo", LocalDate.of(2025, 4, 1));
    // last year's conference: its referrer answers now, 63 days after the link was sent
    journey.on(LocalDate.of(2025, 4, 2));
    surveys.answerReferrer(a3Referrer, "yes");
    journey.on(LocalDate.of(2025, 4, 3));
    for (long c : new long[] {b1, b2}) {
      journey.contacts(c, contact("AGREED", LocalDate.of(2025, 4, 3)), contact("AGREED", LocalDate.of(2025, 4, 3)));
      journey.assessRisk(c, "PROCEED");
    }
    journey.on(LocalDate.of(2025, 4, 4));
    journey.consentAndAllocate(b1, LocalDate.of(2025, 4, 4), first, second);
    journey.consentAndAllocate(b2, LocalDate.of(2025, 4, 4), first, second);
    journey.on(LocalDate.of(2025, 4, 8));
    journey.prepare(b1, LocalDateTime.of(2025, 4, 8, 9, 0));
    journey.prepare(b2, LocalDateTime.of(2025, 4, 8, 9, 0));
    journey.conference(b1, LocalDateTime.of(2025, 5, 15, 10, 0));
    journey.indirectExchange(b2, LocalDate.of(2025, 4, 8));
    journey.agreement(b2, LocalDate.of(2025, 5, 1));
    hours.onCase(firstSignedIn, b1, first.id(), LocalDate.of(2025, 4, 8), "2.5", "PREPARATION");
    hours.onCase(COORDINATOR, b2, second.id(), LocalDate.of(2025, 4, 8), "3", "MEETING");

    journey.on(LocalDate.of(2025, 4, 14));
    long b3 = intake.partner("journey-fire-key", "CHELMSFORD", "Bthree", LocalDate.of(2025, 4, 14));
    long b4 = intake.partner("journey-prison-key", "BASILDON", "Bfour", LocalDate.of(2025, 4, 14));
    long b5 = intake.partner("journey-probation-key", "TENDRING", "Bfive", LocalDate.of(2025, 4, 14));
    // after Easter (Good Friday 18 April, Easter Monday 21 April)
    LocalDate afterEaster = LocalDate.of(2025, 4, 22);
    journey.on(afterEaster);
    journey.contacts(b3, contact("DECLINED", afterEaster), contact("AGREED", afterEaster));
    journey.contacts(b4, contact("AGREED", afterEaster), refusesResponsibility(afterEaster));
    journey.contacts(b5, contact("NO_CONTACT", afterEaster), contact("NO_CONTACT", afterEaster));
    journey.awaitClosed(b3, ClosureOutcome.DECLINED_BY_HARMED, afterEaster);
    journey.awaitClosed(b4, ClosureOutcome.NOT_SUITABLE, afterEaster);
    journey.awaitClosed(b5, ClosureOutcome.NO_CONTACT, afterEaster);

    journey.on(LocalDate.of(2025, 5, 1));
    journey.checkAction(b2, false);
    journey.on(LocalDate.of(2025, 5, 15));
    journey.conferenceHeld(b1);
    journey.agreement(b1, LocalDate.of(2025, 6, 2));
    journey.on(LocalDate.of(2025, 6, 2));
    journey.checkAction(b1, true);

    // b2's surveys (due 12 June): the harmed person and the referrer answer, the harmer does not
    journey.on(LocalDate.of(2025, 6, 13));
    journey.awaitSurveysSent(b2);
    surveyLink(harmerEmail("Btwo"), EmailTemplate.SATISFACTION_SURVEY);
    surveys.answerParticipant(surveyLink(harmedEmail("Btwo"), EmailTemplate.SATISFACTION_SURVEY), "2");
    surveys.answerReferrer(surveyLink(referrerEmail("Btwo"), EmailTemplate.REFERRER_FEEDBACK_REQUEST), "no");
    journey.on(LocalDate.of(2025, 6, 28));
    journey.awaitClosed(b2, ClosureOutcome.COMPLETED_INDIRECT, LocalDate.of(2025, 6, 28));

    // b1's surveys (due 14 July): everyone answers
    journey.on(LocalDate.of(2025, 7, 15));
    journey.awaitSurveysSent(b1);
    surveys.answerParticipant(surveyLink(harmedEmail("Bone"), EmailTemplate.SATISFACTION_SURVEY), "4");
    surveys.answerParticipant(surveyLink(harmerEmail("Bone"), EmailTemplate.SATISFACTION_SURVEY), "5");
    surveys.answerReferrer(surveyLink(referrerEmail("Bone"), EmailTemplate.REFERRER_FEEDBACK_REQUEST), "yes");
    journey.on(LocalDate.of(2025, 7, 30));
    journey.awaitClosed(b1, ClosureOutcome.COMPLETED_DIRECT, LocalDate.of(2025, 7, 30));

    journey.on(LocalDate.of(2025, 9, 1));
    long b6 = intake.staff("SCHOOL", "BRENTWOOD", "Bsix", LocalDate.of(2025, 9, 1));
    journey.on(LocalDate.of(2025, 9, 2));
    journey.contacts(b6, contact("AGREED", LocalDate.of(2025, 9, 2)), contact("AGREED", LocalDate.of(2025, 9, 2)));
    journey.assessRisk(b6, "CLOSE");
    journey.awaitClosed(b6, ClosureOutcome.NOT_SUITABLE, LocalDate.of(2025, 9, 2));

    // still open on 31 March 2026: b7 waits for its facilitators, b8 for its risk assessment
    journey.on(LocalDate.of(2025, 11, 3));
    long b7 = intake.staff("GP_SURGERY", "HARLOW", "Bseven", LocalDate.of(2025, 11, 3));
    journey.on(LocalDate.of(2025, 11, 5));
    journey.contacts(b7, contact("AGREED", LocalDate.of(2025, 11, 5)), contact("AGREED", LocalDate.of(2025, 11, 5)));
    journey.assessRisk(b7, "PROCEED");
    journey.consentAndAllocate(b7, LocalDate.of(2025, 11, 5), first, second);
    journey.on(LocalDate.of(2025, 11, 20));
    hours.outside(firstSignedIn, null, LocalDate.of(2025, 11, 20), "1.5", "FORUM");

    journey.on(LocalDate.of(2026, 1, 5));
    long b8 = intake.self("HARLOW", "Beight", LocalDate.of(2026, 1, 5));
    journey.on(LocalDate.of(2026, 1, 7));
    journey.contacts(b8, contact("AGREED", LocalDate.of(2026, 1, 7)), contact("AGREED", LocalDate.of(2026, 1, 7)));

    journey.on(LocalDate.of(2026, 2, 14));
    hours.outside(COORDINATOR, second.id(), LocalDate.of(2026, 2, 14), "4", "AWARENESS_EVENT");
    hours.outside(COORDINATOR, second.id(), LocalDate.of(2026, 2, 14), "0.5", "TRAVEL");
    journey.on(LocalDate.of(2026, 3, 31));
    hours.outside(firstSignedIn, null, LocalDate.of(2026, 3, 31), "1", "SUPERVISION");

    journey.on(LocalDate.of(2026, 4, 1));
    intake.partner("journey-police-key", "COLCHESTER", "Cnine", LocalDate.of(2026, 4, 1));
    hours.outside(firstSignedIn, null, LocalDate.of(2026, 4, 1), "2", "TRAINING");
  }

  private String surveyLink(String address, EmailTemplate template) throws Exception {
    return surveys.link(address, template.subject());
  }
}
