package org.amends.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.amends.app.privacy.DataProtectionTestSupport;
import org.amends.app.privacy.PrivacyFixtures.FixtureCase;
import org.junit.jupiter.api.Test;

/** /audit: managers search the log by case or by member of staff, newest first, a page at a time. */
class AuditPageTest extends DataProtectionTestSupport {

  private static final ZoneId ZONE = ZoneId.of("Europe/London"); // the app's clock

  @Test
  void shouldFindACasesEntriesNewestFirstAPageAtATimeAndRecordTheSearch() throws Exception {
    FixtureCase c = fixtures.create(null, false);
    String user = "reader" + c.caseId();
    for (int day = 1; day <= 4; day++) {
      insert(user, "CASE_VIEWED", c, LocalDate.of(2026, 3, day));
    }

    String first = page("/audit?reference=" + c.reference().toLowerCase());
    assertThat(first).contains("4 entries");
    assertThat(order(first, "4 March 2026", "3 March 2026", "2 March 2026")).isTrue();
    assertThat(first).doesNotContain("1 March 2026").contains("Page 1 of 2");
    assertThat(page("/audit?reference=" + c.reference() + "&page=2")).contains("1 March 2026").doesNotContain("4 March 2026");

    assertThat(jdbc.sql("select count(*) from amends.audit_event where action = 'AUDIT_SEARCHED' and actor = 'manager'"
            + " and subject_kind = 'CASE_REFERENCE' and subject_id = ?")
        .param(c.reference()).query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void shouldFindAMemberOfStaffsEntriesWithinDates() throws Exception {
    FixtureCase c = fixtures.create(null, false);
    String user = "reader" + c.caseId();
    insert(user, "CASE_VIEWED", c, LocalDate.of(2026, 1, 10));
    insert(user, "NOTE_ADDED", c, LocalDate.of(2026, 2, 10));
    insert("someone" + c.caseId(), "CASE_VIEWED", c, LocalDate.of(2026, 2, 11));

    String body = page("/audit?username=" + user + "&from.day=1&from.month=2&from.year=2026&to.day=28&to.month=2&to.year=2026");

    assertThat(body).contains("1 entry").contains("Added a note").contains("10 February 2026")
        .doesNotContain("10 January 2026").doesNotContain("someone" + c.caseId());
  }

  @Test
  void shouldSayWhatIsWrongWithTheSearch() throws Exception {
    String body = page("/audit?reference=42&from.day=31&from.month=2&from.year=2026");

    assertThat(body).contains("<title>Error: Audit log")
        .contains("Enter a case reference in the format RJ-2026-00042")
        .contains("The start date must be a real date");
  }

  @Test
  void shouldLetOnlyManagersReadTheAuditLog() throws Exception {
    mvc.perform(get("/audit").with(manager())).andExpect(status().isOk());
    for (String role : List.of("COORDINATOR", "FACILITATOR", "MONITOR")) {
      mvc.perform(get("/audit").with(as(role))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/audit")).andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
  }

  @Test
  void shouldLinkTheAuditLogAndDataProtectionForManagersOnly() throws Exception {
    assertThat(page("/audit")).contains("href=\"/audit\"").contains("href=\"/privacy/people\"");
    String coordinators = mvc.perform(get("/cases").with(as("COORDINATOR"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(coordinators).contains("href=\"/cases\"").doesNotContain("href=\"/audit\"")
        .doesNotContain("href=\"/privacy/people\"");
  }

  private String page(String url) throws Exception {
    return mvc.perform(get(url).with(manager())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private void insert(String actor, String action, FixtureCase c, LocalDate day) {
    Instant at = day.atTime(10, 0).atZone(ZONE).toInstant();
    jdbc.sql("""
            insert into amends.audit_event (occurred_at, actor_kind, actor, client_address, action, outcome,
              case_id, case_reference) values (?, 'STAFF', ?, '127.0.0.1', ?, 'DONE', ?, ?)""")
        .params(Timestamp.from(at), actor, action, c.caseId(), c.reference()).update();
  }

  private static boolean order(String body, String... texts) {
    int last = -1;
    for (String text : texts) {
      int at = body.indexOf(text);
      if (at <= last) {
        return false;
      }
      last = at;
    }
    return true;
  }
}
