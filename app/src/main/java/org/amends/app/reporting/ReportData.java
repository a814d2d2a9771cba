package org.amends.app.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows each figure is counted from, read from the app's own tables with the period's first
 * and last day (times are read as UK dates). Only references, codes, dates and numbers: never a
 * name or free text, so monitors may see all of it.
 */
@Component
class ReportData {

  /** A contact that was answered: the person heard us and replied, whatever they said. */
  static final String TWO_WAY = "('REACHED', 'ACCEPTED', 'DECLINED')";
  private static final String UK_DAY = " at time zone 'Europe/London')::date";

  private final JdbcClient jdbc;

  ReportData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A referral with its source's and area's codes (to group by) and names (to show). */
  record Referred(String reference, String source, String area, LocalDate referralDate, String sourceName,
      String areaName) {}

  record HarmedContact(String reference, long partyId, boolean twoWay) {}

  record Answer(String reference, Integer satisfaction, Boolean yes) {}

  record Invited(String reference, boolean answered) {}

  record Hours(String reference, String activity, BigDecimal hours) {}

  record Closure(String reference, String outcome) {}

  record FunnelCase(String reference, boolean contacted, boolean consented, boolean prepared, boolean met,
      boolean completed) {}

  record FirstContact(String reference, LocalDate referralDate, LocalDate firstContact) {}

  record MeetingCheck(String reference, LocalDate day, String kind, boolean risksFirst, boolean consentFirst) {}

  record ActionRow(String reference, int number, String status) {}

  List<Referred> referrals(ReportPeriod p) {
    return jdbc.sql("""
            select c.reference, r.source, c.area, r.referral_date, s.name as source_name, a.name as area_name
            from amends.referral r
            join amends.case_file c on c.id = r.case_id
            join amends.referral_source s on s.code = r.source join amends.area a on a.code = c.area
            where r.referral_date between :from and :to order by c.reference""")
        .params(params(p)).query(Referred.class).list();
  }

  List<HarmedContact> harmedContacts(ReportPeriod p) {
    return dated(HarmedContact.class, "t.party_id, t.outcome in " + TWO_WAY + " as two_way", "contact_log",
        "exists (select 1 from amends.party pa where pa.id = t.party_id and pa.role = 'HARMED')", "contacted_at", p);
  }

  List<Answer> participantAnswers(ReportPeriod p) {
    return dated(Answer.class, "t.satisfaction, t.satisfaction >= 4 as yes", "survey_response",
        "t.respondent = 'PARTY' and t.satisfaction is not null", "received_at", p);
  }

  List<Answer> referrerAnswers(ReportPeriod p) {
    return dated(Answer.class, "null as satisfaction, t.would_recommend as yes", "survey_response",
        "t.respondent = 'REFERRER' and t.would_recommend is not null", "received_at", p);
  }

  /** The survey links sent to participants in the period, and whether each was answered. */
  List<Invited> participantInvitations(ReportPeriod p) {
    return dated(Invited.class, "t.used_at is not null as answered", "survey_invitation",
        "t.respondent = 'PARTY'", "created_at", p);
  }

  /**
   * Rows of a case's table ({@code t}) whose time falls on a UK day of the period, with the
   * case's reference, in the order of reference and time.
   */
  private <T> List<T> dated(Class<T> row, String columns, String table, String condition, String time, ReportPeriod p) {
    return jdbc.sql("select c.reference, " + columns + " from amends." + table + " t"
            + " join amends.case_file c on c.id = t.case_id where " + condition
            + " and (t." + time + UK_DAY + " between :from and :to order by c.reference, t." + time + ", t.id")
        .params(params(p)).query(row).list();
  }

  List<Hours> hours(ReportPeriod p) {
    return jdbc.sql("""
            select c.reference, h.activity, h.hours from amends.volunteer_hours h
            left join amends.case_file c on c.id = h.case_id
            where h.worked_on between :from and :to order by c.reference nulls last, h.worked_on, h.id""")
        .params(params(p)).query(Hours.class).list();
  }

  List<Closure> closures(ReportPeriod p) {
    return jdbc.sql("""
            select reference, closure_outcome as outcome from amends.case_file
            where status = 'CLOSED' and closed_on between :from and :to order by reference""")
        .params(params(p)).query(Closure.class).list();
  }

  List<FunnelCase> funnel(ReportPeriod p) {
    return jdbc.sql("select c.reference,"
            + " exists (select 1 from amends.contact_log l where l.case_id = c.id and l.outcome in " + TWO_WAY + ") as contacted,"
            + " exists (select 1 from amends.consent k join amends.party pa on pa.id = k.party_id"
            + "   where pa.case_id = c.id and k.given) as consented,"
            + " exists (select 1 from amends.meeting m where m.case_id = c.id and m.kind = 'PREPARATION') as prepared,"
            + " exists (select 1 from amends.meeting m where m.case_id = c.id and m.kind <> 'PREPARATION') as met,"
            + " coalesce(c.closure_outcome in ('COMPLETED_DIRECT', 'COMPLETED_INDIRECT'), false) as completed"
            + " from amends.referral r join amends.case_file c on c.id = r.case_id"
            + " where r.referral_date between :from and :to order by c.reference")
        .params(params(p)).query(FunnelCase.class).list();
  }

  List<FirstContact> firstContacts(ReportPeriod p) {
    return jdbc.sql("select c.reference, r.referral_date, min((l.contacted_at" + UK_DAY + ") as first_contact"
            + " from amends.referral r join amends.case_file c on c.id = r.case_id"
            + " join amends.contact_log l on l.case_id = c.id and l.outcome in " + TWO_WAY
            + " where r.referral_date between :from and :to"
            + " group by c.reference, r.referral_date order by c.reference")
        .params(params(p)).query(FirstContact.class).list();
  }

  List<MeetingCheck> meetings(ReportPeriod p) {
    return jdbc.sql("select c.reference, (m.starts_at" + UK_DAY + " as day, m.kind,"
            + " (select count(distinct ra.kind) from amends.risk_assessment ra where ra.case_id = c.id"
            + "   and ra.assessed_on <= (m.starts_at" + UK_DAY + ") = 2 as risks_first,"
            + " not exists (select 1 from amends.party pa where pa.case_id = c.id and pa.role in ('HARMED', 'HARMER')"
            + "   and not exists (select 1 from amends.consent k where k.party_id = pa.id and k.given"
            + "     and k.given_on <= (m.starts_at" + UK_DAY + ")) as consent_first"
            + " from amends.meeting m join amends.case_file c on c.id = m.case_id"
            + " where m.kind <> 'PREPARATION' and (m.starts_at" + UK_DAY + " between :from and :to"
            + " order by c.reference, m.starts_at")
        .params(params(p)).query(MeetingCheck.class).list();
  }

  List<ActionRow> actions(ReportPeriod p) {
    return jdbc.sql("""
            select c.reference, a.number, a.status from amends.outcome_action a
            join amends.outcome_agreement g on g.id = a.outcome_agreement_id
            join amends.case_file c on c.id = g.case_id
            where a.due_on between :from and :to order by c.reference, a.number""")
        .params(params(p)).query(ActionRow.class).list();
  }

  private static java.util.Map<String, Object> params(ReportPeriod p) {
    return java.util.Map.of("from", p.from(), "to", p.to());
  }
}
