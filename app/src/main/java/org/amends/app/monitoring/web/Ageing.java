package org.amends.app.monitoring.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The open cases that have waited longest at each step: reference, area, stage and times only. */
@Repository
class Ageing {

  /** A case waiting at a step since a time; due is null for a step without a target. */
  record Waiting(String processId, String elementId, String reference, String area, String stage,
      Instant since, Double waited, Instant due, boolean pastTarget) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  Ageing(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** At most {@code perStep} cases for each step where any wait, the longest first. */
  List<Waiting> longest(int perStep, MonitoringFilter filter) {
    return waiting(perStep, null, null, filter);
  }

  /** The cases waiting at one element now, the longest first. */
  List<Waiting> at(String processId, String elementId, MonitoringFilter filter, int limit) {
    return waiting(limit, processId, elementId, filter);
  }

  private List<Waiting> waiting(int perStep, String processId, String elementId, MonitoringFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(clock.instant()))
        .addValue("perStep", perStep);
    StringBuilder where = new StringBuilder(" where e.state = 'ACTIVE' and c.reference is not null"
        + " and e.element_type not in ('MULTI_INSTANCE_BODY', 'CALL_ACTIVITY', 'SUB_PROCESS', 'EVENT_SUB_PROCESS')");
    if (processId != null) {
      where.append(" and e.process_id = :processId and e.element_id = :elementId");
      params.addValue("processId", processId).addValue("elementId", elementId);
    }
    where.append(filter.conditions("e", params));
    return jdbc.query("""
        select process_id, element_id, reference, area, stage, started_at, waited, due_at from (
          select e.process_id, e.element_id, c.reference,
            (select a.name from amends.area a where a.code = c.area) as area, c.stage, e.started_at,
            extract(epoch from :now - e.started_at) as waited, t.due_at,
            row_number() over (partition by e.process_id, e.element_id order by e.started_at, e.element_instance_key) as n
          from amends.report_element_instance e
          left join amends.report_user_task t on t.element_instance_key = e.element_instance_key
          """ + MonitoringFilter.joins("e") + where
        + " ) w where n <= :perStep order by waited desc, reference",
        params, (rs, i) -> {
          Timestamp due = rs.getTimestamp(8);
          return new Waiting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getTimestamp(6).toInstant(), ElementTimes.number(rs, 7), due == null ? null : due.toInstant(),
              due != null && due.toInstant().isBefore(clock.instant()));
        });
  }
}
