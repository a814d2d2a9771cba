package org.amends.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.amends.app.EngineAndMailTestSupport;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.consent.ConsentService;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.meeting.MeetingService;
import org.amends.app.outcome.OutcomeService;
import org.amends.app.survey.SurveyEmails;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every figure of the report against a value worked out by hand from {@link ReportDataset}: two
 * reporting years of cases with referrals from every source, contacts, consents, meetings,
 * closures, surveys answered and not, and hours on and outside cases. Its own application context
 * (a test clock), so its database holds the dataset and nothing else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTest extends EngineAndMailTestSupport {

  private static final RequestPostProcessor MANAGER = user("dataset-manager").roles("MANAGER");
  private static final RequestPostProcessor MONITOR = user("dataset-monitor").roles("MONITOR");

  @TestConfiguration
  static class TestClock {
    @Bean
    @Primary
    SettableClock settableClock() {
      return new SettableClock();
    }
  }

  @Autowired MockMvc mvc;
  @Autowired CaseService cases;
  @Autowired CaseRecordService records;
  @Autowired ConsentService consents;
  @Autowired MeetingService meetings;
  @Autowired OutcomeService outcomes;
  @Autowired FacilitatorService facilitators;
  @Autowired SurveyEmails surveys;
  @Autowired SettableClock clock;
  @Autowired AnnualReports reports;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private ReportDataset data;

  @BeforeAll
  void dataset() throws Exception {
    data = new ReportDataset(mvc, cases, records, consents, meetings, outcomes, facilitators, surveys, clock, smtp);
    data.build();
  }

  @Test
  void shouldKeepARetiredAreaAndSourceWhileThePeriodHasReferralsWithThem() {
    // Thurrock (c4) and school (c9) retire; an area never used retires too
    jdbc.update("update amends.area set retired_at = now() where code = 'THURROCK'");
    jdbc.update("update amends.referral_source set retired_at = now() where code = 'SCHOOL'");
    jdbc.update("insert into amends.area (code, name, position, retired_at) values ('NEVER_USED', 'Never used', 99, now())");
    try {
      AnnualReport report = reports.report(ReportPeriod.year(2025));
      assertThat(cells(report, "referrals-by-area")).containsExactly(
          "Colchester=2|2", "Southend=2|1", "Thurrock (retired)=1|0", "Harlow=1|0", "Basildon=1|0",
          "Chelmsford=1|0", "Tendring=1|0", "Brentwood=1|0", "Other=1|0");
      assertThat(cells(report, "referrals-by-source")).contains("School (retired)=1", "Total=11");
      // 2024/25 had no referral from Thurrock or a school: the retired ones are left out
      AnnualReport earlier = reports.report(ReportPeriod.year(2024));
      assertThat(cells(earlier, "referrals-by-area")).noneMatch(row -> row.startsWith("Thurrock"))
          .noneMatch(row -> row.startsWith("Never used")).contains("Colchester=1|1", "Southend=1|0");
      assertThat(cells(earlier, "referrals-by-source")).noneMatch(row -> row.startsWith("School"));
    } finally {
      jdbc.update("update amends.area set retired_at = null where code = 'THURROCK'");
      jdbc.update("update amends.referral_source set retired_at = null where code = 'SCHOOL'");
      jdbc.update("delete from amends.area where code = 'NEVER_USED'");
    }
  }

  @Test
  void shouldCountEveryFigureOf2025To26AsWorkedOutByHand() {
    AnnualReport report = reports.report(ReportPeriod.year(2025));
    Map<Figure, String> values = report.headlines().stream()
        .collect(Collectors.toMap(AnnualReport.Headline::figure, AnnualReport.Headline::value));
    Map<Figure, String> details = report.headlines().stream()
        .collect(Collectors.toMap(AnnualReport.Headline::figure, AnnualReport.Headline::detail));

    // c1..c11 (1 April 2025 and 31 March 2026 included; c12 on 1 April 2026 is next year's)
    assertThat(values.get(Figure.REFERRALS)).isEqualTo("11");
    // p1..p4 in 2024/25: (11 - 4) / 4 = 175%
    assertThat(values.get(Figure.REFERRAL_CHANGE)).isEqualTo("+175%");
    assertThat(details.get(Figure.REFERRAL_CHANGE)).isEqualTo("4 in 2024/25, 11 in this period");
    // two-way contacts with harmed people in the year: c1's two harmed, c2, c3, c5 (declined is an
    // answer) and p3 (referred last year, reached on 2 April 2025); c4's no answer is an attempt
    assertThat(values.get(Figure.VICTIMS_CONTACTED)).isEqualTo("6");
    // c1: 2 + 1, c2: 2, c3, c4, c5, p3: 9 contacts to 7 harmed people (c1's harmer is not counted)
    assertThat(values.get(Figure.CONTACT_ATTEMPTS)).isEqualTo("9");
    assertThat(details.get(Figure.CONTACT_ATTEMPTS)).isEqualTo("Contacts and attempts, to 7 harmed people");
    // answers 5, 4, 2 received in the year: 2 of 3 in the top two = 67%; 4 links sent, 3 answered = 75%
    assertThat(values.get(Figure.SATISFACTION)).isEqualTo("67%");
    assertThat(details.get(Figure.SATISFACTION))
        .isEqualTo("n = 3; response rate 75% (3 of 4 survey links sent in the period answered)");
    // referrers: yes, no, yes
    assertThat(values.get(Figure.REFERRER_RECOMMEND)).isEqualTo("67%");
    assertThat(details.get(Figure.REFERRER_RECOMMEND)).isEqualTo("n = 3");
    // on cases 2.5 + 3 + 1.25 + 2 = 8.75; outside 6 + 1.5 + 4 + 0.5 = 12 (the 3 on 20 March 2025 is last year's)
    assertThat(values.get(Figure.VOLUNTEER_HOURS)).isEqualTo("20.75");
    assertThat(details.get(Figure.VOLUNTEER_HOURS)).isEqualTo("On cases 8.75, outside cases 12");
    // working days to the first two-way contact: c1 Tue 1 Apr → Fri 4 Apr = 3, c2 Mon 5 May → Fri
    // 9 May = 4, c3 same day = 0, c5 Fri 1 Aug → Mon 4 Aug = 1; median of 0, 1, 3, 4 = 2
    assertThat(values.get(Figure.DAYS_TO_CONTACT)).isEqualTo("2");
    assertThat(details.get(Figure.DAYS_TO_CONTACT)).isEqualTo("n = 4 cases");
    // c1's conference had both assessments and all three consents first; c2's second assessment
    // came after its exchange; c3's harmer never consented: 1 of 3 = 33%
    assertThat(values.get(Figure.SAFE_MEETINGS)).isEqualTo("33%");
    assertThat(details.get(Figure.SAFE_MEETINGS)).isEqualTo("1 of 3 meetings");
    // due in the year: c1's two (completed, not completed), c2's first (completed): 2 of 3
    assertThat(values.get(Figure.ACTIONS_COMPLETED)).isEqualTo("67%");
    assertThat(details.get(Figure.ACTIONS_COMPLETED)).isEqualTo("2 of 3 actions");

    assertThat(cells(report, "referrals-by-source")).containsExactly(
        "Police=3", "Youth offending team=1", "Council=1", "Fire and rescue=1", "Prison=1", "Probation=1",
        "School=1", "GP surgery=1", "Self-referral=1", "Total=11");
    assertThat(cells(report, "referrals-by-area")).containsExactly(
        "Colchester=2|2", "Southend=2|1", "Thurrock=1|0", "Harlow=1|0", "Basildon=1|0", "Chelmsford=1|0",
        "Tendring=1|0", "Brentwood=1|0", "Other=1|0");
    // closed in the year: c1, c2, c4, c5, and p2 (referred last year); p1 closed last year
    assertThat(cells(report, "closures-by-outcome")).containsExactly(
        "Completed direct (COMPLETED_DIRECT)=1", "Completed indirect (COMPLETED_INDIRECT)=1",
        "Declined by harmed (DECLINED_BY_HARMED)=1", "Declined by harmer (DECLINED_BY_HARMER)=0",
        "Not suitable (NOT_SUITABLE)=0", "Withdrawn (WITHDRAWN)=1", "No contact (NO_CONTACT)=1",
        "Referred on (REFERRED_ON)=0", "Duplicate (DUPLICATE)=0", "Total=5");
    // of c1..c11: contacted c1 c2 c3 c5; consented c1 c2 c3; prepared c1 c2; met c1 c2 c3; completed c1 c2
    assertThat(cells(report, "funnel")).containsExactly("Referred=11|100%", "Contacted=4|36%",
        "Consented=3|27%", "Prepared=2|18%", "Direct or indirect=3|27%", "Completed=2|18%");
    assertThat(cells(report, "volunteer-hours")).containsExactly("Preparation=4.5|0|4.5", "Meeting=3|0|3",
        "Travel=1.25|0.5|1.75", "Follow-up=0|0|0", "Administration=0|0|0", "Supervision=0|0|0",
        "Training=0|6|6", "Community panel=0|0|0", "Forum=0|1.5|1.5", "Awareness event=0|4|4", "Total=8.75|12|20.75");
  }

  @Test
  void shouldCountThePreviousYearAndAnyRangeByTheSameRules() {
    AnnualReport previous = reports.report(ReportPeriod.year(2024));
    assertThat(previous.headline(Figure.REFERRALS).value()).isEqualTo("4");
    assertThat(previous.headline(Figure.REFERRAL_CHANGE).value()).isEqualTo("Not applicable");
    // p2's harmed person, reached on 3 September 2024
    assertThat(previous.headline(Figure.VICTIMS_CONTACTED).value()).isEqualTo("1");
    // p1's answer of 1 (very dissatisfied)
    assertThat(previous.headline(Figure.SATISFACTION).value()).isEqualTo("0%");
    assertThat(previous.headline(Figure.VOLUNTEER_HOURS).value()).isEqualTo("3");
    assertThat(previous.headline(Figure.SAFE_MEETINGS).value()).isEqualTo("0%");
    assertThat(cells(previous, "closures-by-outcome")).contains("Not suitable (NOT_SUITABLE)=1", "Total=1");

    // April to June 2025 (91 days): c1, c2, c3; the 91 days before (31 December 2024 to 31 March
    // 2025): p3 and p4, so +50%
    AnnualReport quarter = reports.report(ReportPeriod.range(java.time.LocalDate.of(2025, 4, 1),
        java.time.LocalDate.of(2025, 6, 30)));
    assertThat(quarter.headline(Figure.REFERRALS).value()).isEqualTo("3");
    assertThat(quarter.headline(Figure.REFERRAL_CHANGE).value()).isEqualTo("+50%");
    assertThat(quarter.headline(Figure.VOLUNTEER_HOURS).value()).isEqualTo("14.75");
  }

  @Test
  void shouldShowEachFigureWithItsDefinitionAndListTheCasesBehindIt() throws Exception {
    String page = page("/reports?year=2025/26", MANAGER);
    assertThat(page).contains("2025/26 (1 April 2025 to 31 March 2026)", "+175%", "20.75",
        Figure.VICTIMS_CONTACTED.definition(), Figure.FUNNEL.definition(), "Travel counts.",
        "role=\"img\"", "/reports/referrals-by-source.csv?year=2025/26", "/reports/report.pdf?year=2025/26");
    for (Figure figure : Figure.values()) {
      assertThat(page).as(figure.name()).contains(figure.definition().replace("'", "&#39;"))
          .contains("/reports/cases?figure=" + figure.key());
    }

    assertThat(references("/reports/cases?figure=referrals-by-source&key=POLICE&year=2025/26", MANAGER))
        .containsExactlyInAnyOrder(data.ref("c1"), data.ref("c2"), data.ref("c3"));
    assertThat(references("/reports/cases?figure=victims-contacted&year=2025/26", MONITOR))
        .containsExactlyInAnyOrder(data.ref("p3"), data.ref("c1"), data.ref("c2"), data.ref("c3"), data.ref("c5"));
    assertThat(references("/reports/cases?figure=referral-change&year=2025/26", MANAGER))
        .containsExactlyInAnyOrder(data.ref("p1"), data.ref("p2"), data.ref("p3"), data.ref("p4"));
    assertThat(references("/reports/cases?figure=funnel&key=Completed&year=2025/26", MANAGER))
        .containsExactlyInAnyOrder(data.ref("c1"), data.ref("c2"));
    assertThat(references("/reports/cases?figure=referrals-by-area&key=SOUTHEND:POLICE&year=2025/26", MANAGER))
        .containsExactly(data.ref("c3"));
    assertThat(references("/reports/cases?figure=safe-meetings&year=2025/26", MANAGER))
        .containsExactly(data.ref("c1"), data.ref("c2"), data.ref("c3"));
    String hours = page("/reports/cases?figure=volunteer-hours&key=OUTSIDE&year=2025/26", MONITOR);
    assertThat(hours).contains("Outside cases: Training, 6 hours", "Outside cases: Awareness event, 4 hours");

    // monitors see references and codes, never anyone's name
    String monitorView = page("/reports/cases?figure=referrals&year=2025/26", MONITOR);
    for (ReportDataset.Made c : data.made.values()) {
      assertThat(monitorView).doesNotContain(c.surname());
    }
    assertThat(page("/reports?year=2025/26", MONITOR)).doesNotContain("Fay Dataset", "Gus Dataset");
  }

  @Test
  void shouldDownloadEachTableAsCsvAndTheReportAsPdf() throws Exception {
    var csv = mvc.perform(get("/reports/referrals-by-source.csv").param("year", "2025/26").with(MANAGER))
        .andExpect(status().isOk()).andReturn().getResponse();
    assertThat(csv.getHeader("Content-Disposition")).contains("referrals-by-source-2025-26.csv");
    String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFPeriod,Source,Referrals\r\n")
        .contains("2025/26 (1 April 2025 to 31 March 2026),Police,3\r\n", ",Total,11\r\n");
    String figures = new String(mvc.perform(get("/reports/figures.csv").param("year", "2025/26").with(MONITOR))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    assertThat(figures).contains("Volunteer hours,20.75,\"On cases 8.75, outside cases 12\"");
    mvc.perform(get("/reports/nothing.csv").param("year", "2025/26").with(MANAGER)).andExpect(status().isNotFound());

    byte[] pdf = mvc.perform(get("/reports/report.pdf").param("year", "2025/26").with(MANAGER))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(pdfText).contains("Annual report 2025/26", "Referrals received", "+175%", "20.75",
          "Participant satisfaction", "67%", "How it is counted", "Referrals by source", "Police");
    }
  }

  @Test
  void shouldLetOnlyManagersAndMonitorsIn() throws Exception {
    for (String role : List.of("COORDINATOR", "FACILITATOR", "PARTNER")) {
      mvc.perform(get("/reports").with(user("someone").roles(role))).andExpect(status().isForbidden());
      mvc.perform(get("/reports/cases").param("figure", "referrals").with(user("someone").roles(role)))
          .andExpect(status().isForbidden());
    }
    String bad = page("/reports?from.day=31&from.month=2&from.year=2025&to.day=1&to.month=1&to.year=2025", MANAGER);
    assertThat(bad).contains("There is a problem", "The first day must be a real date");
  }

  private String page(String url, RequestPostProcessor who) throws Exception {
    return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private List<String> references(String url, RequestPostProcessor who) throws Exception {
    Matcher m = Pattern.compile("class=\"govuk-table__cell amends-reference\">(RJ-[0-9-]+)<").matcher(page(url, who));
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** "label=cell|cell" for each row of a table. */
  private static List<String> cells(AnnualReport report, String table) {
    return report.table(table).rows().stream()
        .map(r -> r.label() + "=" + r.cells().stream().map(AnnualReport.Cell::text).collect(Collectors.joining("|")))
        .toList();
  }
}
