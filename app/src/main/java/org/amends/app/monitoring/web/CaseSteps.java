package org.amends.app.monitoring.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One case as a monitor sees it: its reference, area, stage, referral source and dates, and the
 * steps its processes went through with their times. Nothing about the people in it.
 */
@Repository
class CaseSteps {

  /** The case's codes and dates. */
  record CaseFacts(long id, String reference, String status, String stage, String area, String source,
      java.time.LocalDate referralDate, Long processInstanceKey) {}

  /** One step of one of the case's processes; ended null while it waits. */
  record Step(String processId, long definitionKey, String elementId, String state, Instant started,
      Instant ended, Double seconds, Instant due, boolean pastTarget) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  CaseSteps(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<CaseFacts> facts(String reference) {
    return jdbc.query("""
        select c.id, c.reference, c.status, c.stage, coalesce(a.name, c.area), coalesce(s.name, r.source),
          r.referral_date, c.process_instance_key
        from amends.case_file c left join amends.referral r on r.case_id = c.id
          left join amends.area a on a.code = c.area left join amends.referral_source s on s.code = r.source
        where c.reference = :reference""",
        new MapSqlParameterSource("reference", reference),
        (rs, i) -> new CaseFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), (Long) rs.getObject(8)))
        .stream().findFirst();
  }

  List<Step> steps(long rootProcessInstanceKey) {
    Instant now = clock.instant();
    return jdbc.query("""
        select e.process_id, e.process_definition_key, e.element_id, e.state, e.started_at, e.ended_at,
          extract(epoch from coalesce(e.ended_at, :now) - e.started_at), t.due_at
        from amends.report_element_instance e
        join amends.report_process_instance pi on pi.process_instance_key = e.process_instance_key
        left join amends.report_user_task t on t.element_instance_key = e.element_instance_key
        where pi.root_process_instance_key = :root and e.element_type <> 'MULTI_INSTANCE_BODY'
        order by e.started_at, e.element_instance_key""",
        new MapSqlParameterSource("root", rootProcessInstanceKey).addValue("now", Timestamp.from(now)),
        (rs, i) -> {
          Timestamp ended = rs.getTimestamp(6);
          Timestamp due = rs.getTimestamp(8);
          Instant finished = ended == null ? now : ended.toInstant();
          return new Step(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
              rs.getTimestamp(5).toInstant(), ended == null ? null : ended.toInstant(), ElementTimes.number(rs, 7),
              due == null ? null : due.toInstant(), due != null && due.toInstant().isBefore(finished));
        });
  }
}
