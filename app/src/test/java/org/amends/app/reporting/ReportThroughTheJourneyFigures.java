package org.amends.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The figures of {@link ReportThroughTheJourneyTest}'s two years, read from the report's CSV
 * downloads and checked on the report page, each against the value worked out by hand from the
 * cases that test made: a1..a3 in 2024/25, b1..b8 in 2025/26 (and c9 on 1 April 2026).
 */
final class ReportThroughTheJourneyFigures {

  private static final RequestPostProcessor MANAGER = user("journey-manager").roles("MANAGER");
  private static final String SOURCES = "Police,Youth offending team,Council,Fire and rescue,Prison,Probation,"
      + "School,GP surgery,Self-referral";

  private final MockMvc mvc;

  ReportThroughTheJourneyFigures(MockMvc mvc) {
    this.mvc = mvc;
  }

  void assert2024To25() throws Exception {
    String year = "2024/25";
    Map<String, String> expected = new LinkedHashMap<>();
    // a1 (7 May), a2 (3 June), a3 (4 November)
    expected.put("Referrals received", "3 | Referral date in 2024/25 (1 April 2024 to 31 March 2025)");
    expected.put("Change on the previous period",
        "Not applicable | No referrals in the previous period (2023/24) to compare with");
    // the harmed people of a1, a2 and a3, each reached (they agreed to take part)
    expected.put("Victims contacted", "3 | Distinct harmed people");
    expected.put("Attempts to contact victims", "3 | Contacts and attempts, to 3 harmed people");
    // a3's links (29 January 2025): the harmed person answered 5, the harmer never did: 1 of 1 in
    // the top two = 100%; 1 of 2 links answered = 50%
    expected.put("Participant satisfaction",
        "100% | n = 1; response rate 50% (1 of 2 survey links sent in the period answered)");
    // a3's referrer answered on 2 April 2025, next year
    expected.put("Referrers who would recommend the service", "No answers | n = 0");
    // a3's preparation 2 (on the case) + training 3 (outside) = 5
    expected.put("Volunteer hours", "5 | On cases 2, outside cases 3");
    // a1 Tue 7 → Thu 9 May = 2; a2 Mon 3 → Wed 5 June = 2; a3 Mon 4 → Thu 7 November = 3; median 2
    expected.put("Median working days from referral to first contact", "2 | n = 3 cases");
    // a3's conference (3 December): assessments on 7 and 12 November, both consents on 8 November
    expected.put("Meetings with both risk assessments and consent first", "100% | 1 of 1 meetings");
    // a3's action due 17 December, checked completed
    expected.put("Agreed actions completed", "100% | 1 of 1 actions");
    assertThat(headlines(year)).containsExactlyEntriesOf(expected);

    assertThat(table("referrals-by-source", year)).containsExactly(bySource(1, 0, 1, 0, 0, 0, 0, 0, 1, 3));
    // a1 Colchester (police), a3 Southend, a2 Harlow
    assertThat(table("referrals-by-area", year)).containsExactly("Colchester=1|1", "Southend=1|0", "Thurrock=0|0",
        "Harlow=1|0", "Basildon=0|0", "Chelmsford=0|0", "Tendring=0|0", "Brentwood=0|0", "Other=0|0");
    // a1 declined by the harmer (9 May), a2 no contact (5 June), a3 completed direct (13 February 2025)
    assertThat(table("closures-by-outcome", year)).containsExactly(closures(1, 0, 0, 1, 0, 0, 1, 0, 0, 3));
    // of a1..a3: all contacted; a3 consented, prepared, met and completed: 1 of 3 = 33%
    assertThat(table("funnel", year)).containsExactly("Referred=3|100%", "Contacted=3|100%", "Consented=1|33%",
        "Prepared=1|33%", "Direct or indirect=1|33%", "Completed=1|33%");
    assertThat(table("volunteer-hours", year)).containsExactly("Preparation=2|0|2", "Meeting=0|0|0",
        "Travel=0|0|0", "Follow-up=0|0|0", "Administration=0|0|0", "Supervision=0|0|0", "Training=0|3|3",
        "Community panel=0|0|0", "Forum=0|0|0", "Awareness event=0|0|0", "Total=2|3|5");
    assertOnThePage(year, expected);
  }

  void assert2025To26() throws Exception {
    String year = "2025/26";
    Map<String, String> expected = new LinkedHashMap<>();
    // b1..b8; c9 came on 1 April 2026
    expected.put("Referrals received", "8 | Referral date in 2025/26 (1 April 2025 to 31 March 2026)");
    // (8 − 3) ÷ 3 = 166.7% → +167%
    expected.put("Change on the previous period", "+167% | 3 in 2024/25, 8 in this period");
    // harmed people reached: b1, b2, b3 (declined is an answer), b4, b6, b7, b8; b5 was never reached
    expected.put("Victims contacted", "7 | Distinct harmed people");
    // one contact or attempt with each harmed person of b1..b8
    expected.put("Attempts to contact victims", "8 | Contacts and attempts, to 8 harmed people");
    // answers received this year: b2's harmed 2, b1's harmed 4 and harmer 5: 2 of 3 = 67%; links
    // sent this year: b2's two (13 June) and b1's two (15 July), 3 answered = 75% (a3's were last year's)
    expected.put("Participant satisfaction",
        "67% | n = 3; response rate 75% (3 of 4 survey links sent in the period answered)");
    // a3's referrer yes (2 April 2025), b2's no, b1's yes: 2 of 3 = 67%
    expected.put("Referrers who would recommend the service", "67% | n = 3");
    // on cases: b1 preparation 2.5 + b2 meeting 3 = 5.5; outside: forum 1.5 + awareness event 4 +
    // travel 0.5 + supervision 1 (31 March 2026) = 7; the training on 1 April 2026 is next year's
    expected.put("Volunteer hours", "12.5 | On cases 5.5, outside cases 7");
    // b1, b2 Tue 1 → Thu 3 April = 2; b3, b4 Mon 14 → Tue 22 April = 4 (not Good Friday, Easter
    // Monday or the weekend); b6 Mon 1 → Tue 2 September = 1; b7 Mon 3 → Wed 5 November = 2; b8
    // Mon 5 → Wed 7 January = 2; b5 never reached. 1, 2, 2, 2, 2, 4, 4: median 2
    expected.put("Median working days from referral to first contact", "2 | n = 7 cases");
    // b2's exchange (8 April; second assessment the same day) and b1's conference (15 May): the
    // journey asks for both assessments and every consent before either
    expected.put("Meetings with both risk assessments and consent first", "100% | 2 of 2 meetings");
    // b2's action due 1 May, not completed; b1's due 2 June, completed: 1 of 2
    expected.put("Agreed actions completed", "50% | 1 of 2 actions");
    assertThat(headlines(year)).containsExactlyEntriesOf(expected);

    assertThat(table("referrals-by-source", year)).containsExactly(bySource(1, 1, 0, 1, 1, 1, 1, 1, 1, 8));
    // b1 Colchester (police), b2 Thurrock, b7 and b8 Harlow, b4 Basildon, b3 Chelmsford, b5 Tendring, b6 Brentwood
    assertThat(table("referrals-by-area", year)).containsExactly("Colchester=1|1", "Southend=0|0", "Thurrock=1|0",
        "Harlow=2|0", "Basildon=1|0", "Chelmsford=1|0", "Tendring=1|0", "Brentwood=1|0", "Other=0|0");
    // b1 completed direct, b2 completed indirect, b3 declined by the harmed person, b4 not suitable
    // (no responsibility) and b6 not suitable (risk), b5 no contact; b7 and b8 still open
    assertThat(table("closures-by-outcome", year)).containsExactly(closures(1, 1, 1, 0, 2, 0, 1, 0, 0, 6));
    // of b1..b8: contacted all but b5 = 7 (87.5% → 88%); consented b1, b2, b7 = 3 (37.5% → 38%);
    // prepared, met and completed b1 and b2 = 2 (25%)
    assertThat(table("funnel", year)).containsExactly("Referred=8|100%", "Contacted=7|88%", "Consented=3|38%",
        "Prepared=2|25%", "Direct or indirect=2|25%", "Completed=2|25%");
    assertThat(table("volunteer-hours", year)).containsExactly("Preparation=2.5|0|2.5", "Meeting=3|0|3",
        "Travel=0|0.5|0.5", "Follow-up=0|0|0", "Administration=0|0|0", "Supervision=0|1|1", "Training=0|0|0",
        "Community panel=0|0|0", "Forum=0|1.5|1.5", "Awareness event=0|4|4", "Total=5.5|7|12.5");
    assertOnThePage(year, expected);
  }

  /** Each figure's value and detail is on the report page too, from the same counting. */
  private void assertOnThePage(String year, Map<String, String> expected) throws Exception {
    String page = mvc.perform(get("/reports").param("year", year).with(MANAGER)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    expected.forEach((figure, valueAndDetail) -> {
      String[] parts = valueAndDetail.split(" \\| ", 2);
      assertThat(page).as(figure).contains(figure, parts[0], parts[1]);
    });
  }

  /** "Referrals by source" rows: the counts in the order of {@link #SOURCES}, then the total. */
  private static String[] bySource(int... counts) {
    String[] names = (SOURCES + ",Total").split(",");
    String[] rows = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      rows[i] = names[i] + "=" + counts[i];
    }
    return rows;
  }

  /** "Closures by outcome" rows, in the order of ClosureOutcome, then the total. */
  private static String[] closures(int... counts) {
    String[] names = {"Completed direct (COMPLETED_DIRECT)", "Completed indirect (COMPLETED_INDIRECT)",
        "Declined by harmed (DECLINED_BY_HARMED)", "Declined by harmer (DECLINED_BY_HARMER)",
        "Not suitable (NOT_SUITABLE)", "Withdrawn (WITHDRAWN)", "No contact (NO_CONTACT)",
        "Referred on (REFERRED_ON)", "Duplicate (DUPLICATE)", "Total"};
    String[] rows = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      rows[i] = names[i] + "=" + counts[i];
    }
    return rows;
  }

  /** The headline figures from figures.csv, "value | detail" by the figure's name. */
  private Map<String, String> headlines(String year) throws Exception {
    Map<String, String> figures = new LinkedHashMap<>();
    for (CSVRecord row : csv("figures", year)) {
      figures.put(row.get(1), row.get(2) + " | " + row.get(3));
    }
    return figures;
  }

  /** "label=cell|cell" for each row of a table's CSV. */
  private List<String> table(String table, String year) throws Exception {
    List<String> rows = new ArrayList<>();
    for (CSVRecord row : csv(table, year)) {
      rows.add(row.get(1) + "=" + String.join("|", row.toList().subList(2, row.size())));
    }
    return rows;
  }

  private List<CSVRecord> csv(String table, String year) throws Exception {
    byte[] body = mvc.perform(get("/reports/" + table + ".csv").param("year", year).with(MANAGER))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    String text = new String(body, StandardCharsets.UTF_8).substring(1);
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    return records.subList(1, records.size());
  }
}
