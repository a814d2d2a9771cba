package org.amends.app.privacy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case with a row in every table that can hold a person, written straight to the database (a
 * closed case has no running journey to go through): two parties, a referrer, two facilitators,
 * notes, contact, consent, risk, meetings, an agreement, hours, feedback and emails.
 */
@TestComponent
public class PrivacyFixtures {

  private static final AtomicLong NUMBER = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private final JdbcClient jdbc;
  private final Clock clock;

  PrivacyFixtures(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** What a fixture case is made of. */
  public record FixtureCase(long caseId, String reference, long harmedId, long harmerId, long referralId,
      long firstFacilitatorId, long secondFacilitatorId, String surname) {}

  /** A case closed this long ago (null: still open); its harmer may have a safeguarding concern. */
  public FixtureCase create(LocalDate closedOn, boolean safeguardingConcern) {
    long n = NUMBER.incrementAndGet();
    String surname = "Fixture" + n;
    String reference = String.format("RJ-2019-%09d", n);
    boolean open = closedOn == null;
    Timestamp created = Timestamp.from(clock.instant());
    long caseId = jdbc.sql("""
            insert into amends.case_file (reference, status, stage, area, offence_type, route,
              closure_outcome, closed_on, created_at, updated_at, version)
            values (?, ?, ?, 'COLCHESTER', 'Criminal damage', 'CONFERENCE', ?, ?, ?, ?, 0) returning id""")
        .params(reference, open ? "OPEN" : "CLOSED", open ? "PREPARATION" : "CLOSED",
            open ? null : "COMPLETED_DIRECT", closedOn, created, created)
        .query(Long.class).single();
    long harmed = party(caseId, "HARMED", "Ava " + surname, "ava." + n + "@example.org");
    long harmer = party(caseId, "HARMER", "Ben " + surname, "ben." + n + "@example.org");
    long referral = jdbc.sql("""
            insert into amends.referral (case_id, source, referrer_name, referrer_organisation, referrer_email,
              referrer_phone, referral_date, incident_date, report_date)
            values (?, 'POLICE', ?, 'Essex Police', ?, '01245 000000', ?, ?, ?) returning id""")
        .params(caseId, "PC Jo " + surname, "jo." + n + "@police.example", day(-400), day(-420), day(-419))
        .query(Long.class).single();
    jdbc.sql("insert into amends.case_note (case_id, text, written_by, written_at) values (?, ?, 'coordinator', ?)")
        .params(caseId, "Ava " + surname + " would like to meet Ben at the library", created).update();
    jdbc.sql("""
            insert into amends.contact_log (case_id, party_id, contacted_at, method, outcome, notes, contacted_by)
            values (?, ?, ?, 'PHONE', 'ACCEPTED', 'Spoke to Ava, happy to go ahead', 'coordinator')""")
        .params(caseId, harmed, created).update();
    jdbc.sql("""
            insert into amends.consent (party_id, given, given_on, scope, recorded_by, version)
            values (?, true, ?, 'A face-to-face meeting', 'coordinator', 0)""")
        .params(harmed, day(-390)).update();
    jdbc.sql("""
            insert into amends.consent (party_id, given, given_on, scope, recorded_by, withdrawn_on,
              withdrawal_reason, version)
            values (?, true, ?, 'A letter only', 'coordinator', ?, 'Moving away from Colchester', 0)""")
        .params(harmer, day(-390), day(-380)).update();
    jdbc.sql("""
            insert into amends.risk_assessment (case_id, kind, risk_of_further_harm, vulnerability,
              safeguarding_concerns, mental_health, outcome, conditions, assessed_by, assessed_on)
            values (?, 'INITIAL', 'LOW', 'Lives alone', ?, 'Anxiety', 'PROCEED_WITH_CONDITIONS',
              'Meet in daylight', 'coordinator', ?)""")
        .params(caseId, safeguardingConcern ? "Ben's younger brother may be at risk at home" : null, day(-395))
        .update();
    long first = facilitator("Fay " + surname, "fay." + n + "@volunteers.example");
    long second = facilitator("Gil " + surname, "gil." + n + "@volunteers.example");
    jdbc.sql("""
            insert into amends.allocation (case_id, first_facilitator_id, second_facilitator_id, allocated_by,
              allocated_on, ended_on) values (?, ?, ?, 'coordinator', ?, ?)""")
        .params(caseId, first, second, day(-385), closedOn).update();
    jdbc.sql("""
            insert into amends.volunteer_hours (facilitator_id, case_id, activity, worked_on, hours)
            values (?, ?, 'MEETING', ?, ?)""")
        .params(first, caseId, day(-370), new BigDecimal("2.50")).update();
    jdbc.sql("""
            insert into amends.meeting (case_id, kind, party_id, starts_at, venue, attendees, notes, version)
            values (?, 'PREPARATION', ?, ?, 'Ava''s home, 1 High Street', null, 'Ava was nervous', 0)""")
        .params(caseId, harmed, created).update();
    jdbc.sql("""
            insert into amends.meeting (case_id, kind, party_id, starts_at, venue, attendees, notes, version)
            values (?, 'CONFERENCE', null, ?, 'Colchester library', 'Ava, Ben, Fay, Gil', 'Both spoke', 0)""")
        .params(caseId, created).update();
    long agreement = jdbc.sql("""
            insert into amends.outcome_agreement (case_id, agreed_on, version) values (?, ?, 0) returning id""")
        .params(caseId, day(-360)).query(Long.class).single();
    jdbc.sql("""
            insert into amends.outcome_action (outcome_agreement_id, number, description, owner, due_on, status)
            values (?, 0, 'Ben writes a letter of apology to Ava', 'Ben', ?, 'COMPLETED')""")
        .params(agreement, day(-330)).update();
    jdbc.sql("""
            insert into amends.survey_response (case_id, respondent, party_id, satisfied, would_recommend,
              felt_prepared, comments, received_at)
            values (?, 'PARTY', ?, true, true, true, 'Fay was wonderful', ?)""")
        .params(caseId, harmed, created).update();
    jdbc.sql("""
            insert into amends.survey_response (case_id, respondent, party_id, satisfied, would_recommend,
              felt_prepared, comments, received_at)
            values (?, 'REFERRER', null, null, true, null, 'Quick and kind', ?)""")
        .params(caseId, created).update();
    email(caseId, "PARTY", harmed, null, "ava." + n + "@example.org");
    email(caseId, "FACILITATOR", null, first, "fay." + n + "@volunteers.example");
    email(caseId, "REFERRER", null, null, "jo." + n + "@police.example");
    return new FixtureCase(caseId, reference, harmed, harmer, referral, first, second, surname);
  }

  private long party(long caseId, String role, String name, String email) {
    return jdbc.sql("""
            insert into amends.party (case_id, role, name, date_of_birth, email, phone, address, preferred_contact,
              email_contact_agreed, interpreter_language, access_needs, status, version)
            values (?, ?, ?, ?, ?, '07700 900000', '1 High Street, Colchester', 'EMAIL', true, 'Polish',
              'Step-free access', 'ACTIVE', 0) returning id""")
        .params(caseId, role, name, LocalDate.of(1980, 5, 1), email)
        .query(Long.class).single();
  }

  private long facilitator(String name, String email) {
    long id = jdbc.sql("""
            insert into amends.facilitator (name, email, date_of_birth, training_level, available, volunteer, version)
            values (?, ?, ?, 'STANDARD', true, true, 0) returning id""")
        .params(name, email, LocalDate.of(1970, 1, 2))
        .query(Long.class).single();
    jdbc.sql("insert into amends.facilitator_area (facilitator_id, area) values (?, 'COLCHESTER')").param(id).update();
    return id;
  }

  private void email(long caseId, String kind, Long partyId, Long facilitatorId, String address) {
    jdbc.sql("""
            insert into amends.email_record (case_id, recipient_kind, party_id, facilitator_id, recipient_address,
              template, subject, sent_at, idempotency_key)
            values (?, ?, ?, ?, ?, 'CASE_CLOSED', 'A case you referred to us has closed', ?, ?)""")
        .params(caseId, kind, partyId, facilitatorId, address, Timestamp.from(clock.instant()),
            "fixture:" + caseId + ":" + kind)
        .update();
  }

  private LocalDate day(int offset) {
    return LocalDate.now(clock).plusDays(offset);
  }
}
