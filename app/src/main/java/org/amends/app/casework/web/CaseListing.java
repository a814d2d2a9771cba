package org.amends.app.casework.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amends.app.casework.CaseStatus;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.Stage;
import org.amends.app.security.CaseAccess;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case list as one query over the app's tables: the database filters, counts and pages, so
 * the list stays quick however many cases there are.
 */
@Component
class CaseListing {

  /** A case's last activity: its own last change, or its latest note, contact or email. */
  private static final String COLUMNS = """
      select c.id, c.reference, a.name as area_name, c.stage, c.status, r.referral_date,
        greatest(c.updated_at,
          (select max(n.written_at) from amends.case_note n where n.case_id = c.id),
          (select max(l.contacted_at) from amends.contact_log l where l.case_id = c.id),
          (select max(e.sent_at) from amends.email_record e where e.case_id = c.id)) as last_activity
      from amends.case_file c left join amends.referral r on r.case_id = c.id
        left join amends.area a on a.code = c.area
      """;

  private final NamedParameterJdbcTemplate jdbc;

  CaseListing(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Newest case first. */
  List<CaseListRow> search(CaseCriteria criteria, int offset, int limit) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(criteria, params);
    params.addValue("offset", offset).addValue("limit", limit);
    List<CaseRow> cases = jdbc.query(
        COLUMNS + where + " order by c.created_at desc, c.id desc limit :limit offset :offset",
        params, CaseListing::caseRow);
    if (cases.isEmpty()) {
      return List.of();
    }
    Map<Long, List<CaseListRow.PartyName>> parties = new LinkedHashMap<>();
    jdbc.query(
        "select case_id, name, role from amends.party where case_id in (:ids) order by id",
        Map.of("ids", cases.stream().map(CaseRow::id).toList()),
        (ResultSet rs) -> {
          parties.computeIfAbsent(rs.getLong("case_id"), id -> new ArrayList<>())
              .add(new CaseListRow.PartyName(
                  rs.getString("name"), Labels.role(PartyRole.valueOf(rs.getString("role")))));
        });
    return cases.stream()
        .map(c -> new CaseListRow(c.id(), c.reference(), parties.getOrDefault(c.id(), List.of()),
            c.areaName(), Labels.stage(c.stage()), c.status(), Labels.status(c.status()),
            Labels.date(c.referralDate()), Labels.dateTime(c.lastActivity().toInstant())))
        .toList();
  }

  long count(CaseCriteria criteria) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    Long count = jdbc.queryForObject(
        "select count(*) from amends.case_file c " + where(criteria, params), params, Long.class);
    return count == null ? 0 : count;
  }

  private static String where(CaseCriteria criteria, MapSqlParameterSource params) {
    List<String> conditions = new ArrayList<>();
    if (criteria.allocatedTo() != null) {
      conditions.add(CaseAccess.ALLOCATED_TO);
      params.addValue("allocatedTo", criteria.allocatedTo());
    }
    if (criteria.reference() != null) {
      conditions.add("c.reference ilike :reference escape '\\'");
      params.addValue("reference", contains(criteria.reference()));
    }
    if (criteria.name() != null) {
      conditions.add("exists (select 1 from amends.party p"
          + " where p.case_id = c.id and p.name ilike :name escape '\\')");
      params.addValue("name", contains(criteria.name()));
    }
    if (criteria.area() != null) {
      conditions.add("c.area = :area");
      params.addValue("area", criteria.area().code());
    }
    if (criteria.stage() != null) {
      conditions.add("c.stage = :stage");
      params.addValue("stage", criteria.stage().name());
    }
    if (criteria.status() != null) {
      conditions.add("c.status = :status");
      params.addValue("status", criteria.status().name());
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** A LIKE pattern that finds the text anywhere, with the text's own % and _ taken literally. */
  private static String contains(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private record CaseRow(
      long id, String reference, String areaName, Stage stage, CaseStatus status,
      LocalDate referralDate, Timestamp lastActivity) {}

  private static CaseRow caseRow(ResultSet rs, int row) throws SQLException {
    java.sql.Date referralDate = rs.getDate("referral_date");
    return new CaseRow(rs.getLong("id"), rs.getString("reference"),
        rs.getString("area_name"), Stage.valueOf(rs.getString("stage")),
        CaseStatus.valueOf(rs.getString("status")),
        referralDate == null ? null : referralDate.toLocalDate(),
        rs.getTimestamp("last_activity"));
  }
}
