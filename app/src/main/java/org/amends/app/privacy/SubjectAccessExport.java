package org.amends.app.privacy;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything Amends holds about one person, table by table: one section per table that can hold
 * them, with "nothing held" where it holds nothing. SubjectAccessExportTest builds the list of
 * such tables from the schema itself and checks each has its section here.
 *
 * <p>For a party, the records of their case (notes, risk assessments, meetings, agreed actions)
 * are included because they are about them; they also mention the other people in the case, whose
 * details a manager must redact before the export is disclosed.
 */
@Component
class SubjectAccessExport {

  /** Keys and bookkeeping that say nothing to the person. */
  private static final Set<String> HIDDEN = Set.of("version", "request_key", "idempotency_key");

  private static final String PARTY_CASE = "(select case_id from amends.party where id = :id)";
  private static final String REFERRAL_CASE = "(select case_id from amends.referral where id = :id)";
  /** A survey link's hash opens nothing and says nothing to the person: left out. */
  private static final String INVITATION_COLUMNS = "id, case_id, respondent, party_id, created_at, expires_at, used_at,"
      + " draft_satisfaction, draft_recommend, draft_prepared, draft_well_run, draft_comments";

  private static final Map<PersonKind, List<Source>> SOURCES = Map.of(
      PersonKind.PARTY, List.of(
          new Source("party", "Personal details", "select * from amends.party where id = :id"),
          new Source("case_file", "Their case", "select * from amends.case_file where id = " + PARTY_CASE),
          new Source("referral", "The referral", "select id, case_id, source, referrer_organisation,"
              + " referral_date, incident_date, report_date, went_to_court, sentence_date"
              + " from amends.referral where case_id = " + PARTY_CASE),
          new Source("contact_log", "Contact with them",
              "select * from amends.contact_log where party_id = :id order by contacted_at"),
          new Source("consent", "Their consent", "select * from amends.consent where party_id = :id"),
          new Source("withdrawal_request", "Their withdrawal",
              "select * from amends.withdrawal_request where party_id = :id order by requested_at"),
          new Source("risk_assessment", "Risk assessments of the case",
              "select * from amends.risk_assessment where case_id = " + PARTY_CASE + " order by assessed_on"),
          new Source("allocation", "Facilitators allocated to the case",
              "select * from amends.allocation where case_id = " + PARTY_CASE + " order by allocated_on"),
          new Source("facilitator_conflict", "Facilitators with a conflict of interest in the case",
              "select * from amends.facilitator_conflict where case_id = " + PARTY_CASE + " order by recorded_on"),
          new Source("volunteer_hours", "Facilitators' time on the case",
              "select * from amends.volunteer_hours where case_id = " + PARTY_CASE + " order by worked_on"),
          new Source("meeting", "Meetings with them or with everyone in the case",
              "select * from amends.meeting where party_id = :id or (party_id is null and case_id = "
                  + PARTY_CASE + ") order by starts_at"),
          new Source("outcome_agreement", "Outcome agreements of the case",
              "select * from amends.outcome_agreement where case_id = " + PARTY_CASE + " order by agreed_on"),
          new Source("outcome_action", "Actions agreed",
              "select a.* from amends.outcome_action a join amends.outcome_agreement g"
                  + " on g.id = a.outcome_agreement_id where g.case_id = " + PARTY_CASE
                  + " order by a.outcome_agreement_id, a.number"),
          new Source("survey_response", "Their feedback",
              "select * from amends.survey_response where party_id = :id order by received_at"),
          new Source("survey_invitation", "Survey links sent to them",
              "select " + INVITATION_COLUMNS + " from amends.survey_invitation where party_id = :id order by created_at"),
          new Source("email_record", "Emails sent to them",
              "select * from amends.email_record where party_id = :id order by sent_at"),
          new Source("case_note", "Notes on the case",
              "select * from amends.case_note where case_id = " + PARTY_CASE + " order by written_at"),
          new Source("journey_start", "The case's journey while it waits to start",
              "select * from amends.journey_start where case_id = " + PARTY_CASE),
          new Source("partner_request", "The partner agency's request that opened the case",
              "select agency, case_id, received_at from amends.partner_request where case_id = "
                  + PARTY_CASE)),
      PersonKind.REFERRER, List.of(
          new Source("referral", "The referral they made",
              "select id, case_id, source, referrer_name, referrer_organisation, referrer_email,"
                  + " referrer_phone, referral_date, referrer_anonymised_on from amends.referral where id = :id"),
          new Source("email_record", "Emails sent to them",
              "select * from amends.email_record where recipient_kind = 'REFERRER' and case_id = "
                  + REFERRAL_CASE + " order by sent_at"),
          new Source("survey_response", "Their feedback",
              "select * from amends.survey_response where respondent = 'REFERRER' and case_id = "
                  + REFERRAL_CASE + " order by received_at"),
          new Source("survey_invitation", "Survey links sent to them",
              "select " + INVITATION_COLUMNS + " from amends.survey_invitation where respondent = 'REFERRER'"
                  + " and case_id = " + REFERRAL_CASE + " order by created_at")),
      PersonKind.FACILITATOR, List.of(
          new Source("facilitator", "Personal details", "select * from amends.facilitator where id = :id"),
          new Source("facilitator_area", "Areas they serve",
              "select * from amends.facilitator_area where facilitator_id = :id order by area"),
          new Source("facilitator_course", "Training courses",
              "select * from amends.facilitator_course where facilitator_id = :id order by completed_on"),
          new Source("facilitator_supervision", "Supervision sessions",
              "select * from amends.facilitator_supervision where facilitator_id = :id order by supervised_on"),
          new Source("facilitator_away", "Dates away",
              "select * from amends.facilitator_away where facilitator_id = :id order by first_day"),
          new Source("facilitator_conflict", "Conflicts of interest recorded on cases",
              "select * from amends.facilitator_conflict where facilitator_id = :id order by recorded_on"),
          new Source("allocation", "Cases they were allocated to",
              "select * from amends.allocation where first_facilitator_id = :id or second_facilitator_id = :id"
                  + " order by allocated_on"),
          new Source("volunteer_hours", "Their hours",
              "select * from amends.volunteer_hours where facilitator_id = :id order by worked_on"),
          new Source("email_record", "Emails sent to them",
              "select * from amends.email_record where facilitator_id = :id order by sent_at")));

  private final JdbcClient jdbc;

  SubjectAccessExport(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Section> export(PersonKind kind, long id) {
    List<Section> sections = new ArrayList<>();
    for (Source source : SOURCES.get(kind)) {
      List<String> columns = new ArrayList<>();
      List<Map<String, Object>> rows = jdbc.sql(source.sql()).param("id", id).query((rs, n) -> {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String column = meta.getColumnLabel(i);
          if (!HIDDEN.contains(column)) {
            Object value = rs.getObject(i);
            row.put(column, value == null ? null : value.toString());
          }
        }
        return row;
      }).list();
      if (!rows.isEmpty()) {
        columns.addAll(rows.get(0).keySet());
      }
      sections.add(new Section(source.table(), source.title(), columns, rows));
    }
    return sections;
  }

  /** The tables an export of this kind of person has a section for. */
  static List<String> tables(PersonKind kind) {
    return SOURCES.get(kind).stream().map(Source::table).toList();
  }

  /** One table's rows about the person; columns in the table's order. */
  record Section(String table, String title, List<String> columns, List<Map<String, Object>> rows) {

    public List<String> headings() {
      return columns.stream().map(c -> Character.toUpperCase(c.charAt(0)) + c.substring(1).replace('_', ' ')).toList();
    }

    public List<List<Object>> cells() {
      return rows.stream().map(r -> columns.stream().map(c -> r.get(c) == null ? (Object) "" : r.get(c)).toList()).toList();
    }
  }

  private record Source(String table, String title, String sql) {}
}
