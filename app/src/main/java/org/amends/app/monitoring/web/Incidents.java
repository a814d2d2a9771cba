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
 * Open incidents from the reporting tables, each with its case and the last retry made from these
 * pages on the same element instance (an incident that came back after it).
 */
@Repository
class Incidents {

  /** An open incident; the retry fields are null when nobody retried that step of that case. */
  record OpenIncident(long key, long processInstanceKey, String processId, String elementId, long elementInstanceKey, Long jobKey,
      String reference, String errorType, String errorMessage, Instant createdAt, Double age,
      String lastRetriedBy, Instant lastRetriedAt) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  Incidents(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<OpenIncident> open() {
    return query(" where i.state = 'ACTIVE' order by i.created_at, i.incident_key", new MapSqlParameterSource());
  }

  Optional<OpenIncident> open(long incidentKey) {
    return query(" where i.state = 'ACTIVE' and i.incident_key = :key", new MapSqlParameterSource("key", incidentKey))
        .stream().findFirst();
  }

  private List<OpenIncident> query(String where, MapSqlParameterSource params) {
    params.addValue("now", Timestamp.from(clock.instant()));
    return jdbc.query("""
        select i.incident_key, i.process_instance_key, i.process_id, i.element_id, i.element_instance_key, i.job_key, c.reference,
          i.error_type, i.error_message, i.created_at, extract(epoch from :now - i.created_at),
          lr.retried_by, lr.retried_at
        from amends.report_incident i
        """ + MonitoringFilter.joins("i")
        + " left join lateral (select retried_by, retried_at from amends.incident_retry x"
        + " where x.element_instance_key = i.element_instance_key and x.incident_key <> i.incident_key"
        + " order by x.retried_at desc limit 1) lr on true" + where, params,
        (rs, n) -> {
          Timestamp retried = rs.getTimestamp(13);
          return new OpenIncident(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
              (Long) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9),
              rs.getTimestamp(10).toInstant(), ElementTimes.number(rs, 11), rs.getString(12),
              retried == null ? null : retried.toInstant());
        });
  }

  Optional<Long> caseId(long processInstanceKey) {
    return jdbc.queryForList("""
        select c.id from amends.report_process_instance pi join amends.case_file c on c.process_instance_key = pi.root_process_instance_key
        where pi.process_instance_key = :key""", new MapSqlParameterSource("key", processInstanceKey), Long.class)
        .stream().findFirst();
  }
}
