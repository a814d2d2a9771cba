package org.amends.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amends.app.privacy.PrivacyFixtures.FixtureCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Retention on the real database: of two closed cases, only the one closed longer ago than the
 * period (7 years) is anonymised, and what the figures count survives.
 */
class RetentionTest extends DataProtectionTestSupport {

  @Autowired Retention retention;
  @Autowired Clock clock;

  @Test
  void shouldAnonymiseOnlyCasesClosedLongerAgoThanThePeriodAndKeepTheirFigures() throws Exception {
    LocalDate today = LocalDate.now(clock);
    FixtureCase old = fixtures.create(today.minusYears(8), false);
    FixtureCase recent = fixtures.create(today.minusYears(1), false);
    List<Map<String, Object>> figuresBefore = figures(old, recent);

    RetentionReport report = retention.run();

    assertThat(report.caseReferences()).contains(old.reference()).doesNotContain(recent.reference());
    assertThat(report.closedBefore()).isEqualTo(today.minusYears(7));
    assertThat(report.rowsPerTable()).containsKeys("party", "case_note", "contact_log", "referral", "consent",
        "risk_assessment", "meeting", "outcome_action", "survey_response", "email_record");
    // the old case's people are nowhere in its records; the facilitators are volunteers, not
    // people in the case, and are kept until they are erased themselves
    assertThat(tablesMentioning(old.surname())).containsExactly("facilitator");
    assertThat(tablesMentioning(recent.surname())).contains("party", "case_note", "referral");
    assertThat(jdbc.sql("""
            select p.name, p.email, p.phone, p.address, p.date_of_birth, p.interpreter_language, p.access_needs,
                   p.anonymised_on
            from amends.party p where p.case_id = ? order by p.id""").param(old.caseId()).query().listOfRows())
        .allSatisfy(p -> assertThat(p).containsEntry("name", "Anonymised").containsEntry("email", null)
            .containsEntry("phone", null).containsEntry("address", null).containsEntry("date_of_birth", null)
            .containsEntry("interpreter_language", null).containsEntry("access_needs", null)
            .containsEntry("anonymised_on", java.sql.Date.valueOf(today)));
    assertThat(jdbc.sql("select notes from amends.contact_log where case_id = ?").param(old.caseId())
        .query(String.class).list()).containsOnlyNulls();
    assertThat(jdbc.sql("select string_agg(coalesce(scope, '-') || '/' || coalesce(withdrawal_reason, '-'), ',' order by id)"
            + " from amends.consent where party_id in (?, ?)").params(old.harmedId(), old.harmerId())
        .query(String.class).single()).isEqualTo("Anonymised/-,Anonymised/Anonymised");
    assertThat(jdbc.sql("select venue, attendees, notes from amends.meeting where case_id = ?").param(old.caseId())
        .query().listOfRows()).allSatisfy(m -> assertThat(m.values()).containsOnlyNulls());
    assertThat(jdbc.sql("select comments from amends.survey_response where case_id = ?").param(old.caseId())
        .query(String.class).list()).containsOnlyNulls();
    assertThat(figures(old, recent)).isEqualTo(figuresBefore);
  }

  @Test
  void shouldDoNothingMoreWhenRunAgainAndShowEachRunToManagers() throws Exception {
    FixtureCase old = fixtures.create(LocalDate.now(clock).minusYears(7).minusDays(1), false);
    RetentionReport first = retention.run();
    String afterFirst = snapshot(old);

    RetentionReport second = retention.run();

    assertThat(first.caseReferences()).contains(old.reference());
    assertThat(second.caseReferences()).doesNotContain(old.reference());
    assertThat(snapshot(old)).isEqualTo(afterFirst);
    assertThat(jdbc.sql("select count(*) from amends.audit_event where action = 'RETENTION_RUN' and actor_kind = 'SYSTEM'"
            + " and subject_id in (?, ?)").params(first.id().toString(), second.id().toString())
        .query(Long.class).single()).isEqualTo(2);

    String page = mvc.perform(get("/privacy/retention").with(manager())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("cases closed more than 7 years ago").contains("id=\"run-" + first.id() + "\"")
        .contains(old.reference()).contains("party: ");
    for (String role : List.of("COORDINATOR", "FACILITATOR", "MONITOR")) {
      mvc.perform(get("/privacy/retention").with(as(role))).andExpect(status().isForbidden());
    }
  }

  @Test
  void shouldKeepACaseClosedExactlyThePeriodAgo() {
    FixtureCase boundary = fixtures.create(LocalDate.now(clock).minusYears(7), false);

    assertThat(retention.run().caseReferences()).doesNotContain(boundary.reference());
    assertThat(tablesMentioning(boundary.surname())).contains("party");
  }

  /** What the reports count, for the two cases: none of it may change. */
  private List<Map<String, Object>> figures(FixtureCase... cases) {
    return java.util.Arrays.stream(cases).map(c -> jdbc.sql("""
            select c.reference, c.area, c.stage, c.route, c.closure_outcome, c.closed_on, c.offence_type,
                   r.source, r.referral_date, r.incident_date, r.referrer_organisation,
                   (select count(*) from amends.party where case_id = c.id) as parties,
                   (select string_agg(role || ':' || status, ',' order by id) from amends.party where case_id = c.id) as roles,
                   (select count(*) from amends.contact_log where case_id = c.id and outcome = 'ACCEPTED') as accepted,
                   (select count(*) from amends.consent k join amends.party p on p.id = k.party_id
                     where p.case_id = c.id and k.given) as consents,
                   (select sum(hours) from amends.volunteer_hours where case_id = c.id) as hours,
                   (select count(*) from amends.meeting where case_id = c.id) as meetings,
                   (select count(*) from amends.outcome_action a join amends.outcome_agreement g
                     on g.id = a.outcome_agreement_id where g.case_id = c.id and a.status = 'COMPLETED') as actions_done,
                   (select count(*) filter (where satisfied) from amends.survey_response where case_id = c.id) as satisfied,
                   (select count(*) filter (where would_recommend) from amends.survey_response where case_id = c.id) as recommend,
                   (select string_agg(template || ':' || recipient_kind, ',' order by id) from amends.email_record
                     where case_id = c.id) as emails,
                   (select string_agg(risk_of_further_harm || ':' || outcome, ',') from amends.risk_assessment
                     where case_id = c.id) as risk
            from amends.case_file c join amends.referral r on r.case_id = c.id where c.id = ?""")
        .param(c.caseId()).query().singleRow()).toList();
  }

  private String snapshot(FixtureCase c) {
    return jdbc.sql("select string_agg(p::text, '|' order by p.id) from amends.party p where case_id = ?")
        .param(c.caseId()).query(String.class).single()
        + jdbc.sql("select string_agg(n::text, '|' order by n.id) from amends.case_note n where case_id = ?")
        .param(c.caseId()).query(String.class).single();
  }

  /** The tables with a row whose text holds these words. */
  private List<String> tablesMentioning(String words) {
    List<String> tables = jdbc.sql("""
            select table_name from information_schema.tables
            where table_schema = 'amends' and table_type = 'BASE TABLE' order by table_name""")
        .query(String.class).list();
    return tables.stream()
        .filter(t -> jdbc.sql("select count(*) from amends." + t + " x where x::text ilike ?")
            .param("%" + words + "%").query(Long.class).single() > 0)
        .toList();
  }
}
