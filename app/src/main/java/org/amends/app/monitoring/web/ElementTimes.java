package org.amends.app.monitoring.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Per element of a process, from the reporting tables: time spent by the instances that
 * completed it (median, 90th percentile), how long the waiting ones have waited (median,
 * longest), how many are past their target (an open user task whose due date has gone), and open
 * incidents. Multi-instance bodies are left out: each party's instance counts once. Time spent
 * is the kept {@code spent_seconds} (migration V18: the same value as the difference of the
 * dates), both percentiles from one sort. With no filter, the completed instances' figures are
 * read from the index of times spent ({@link CompletedPercentiles}) and only the waiting ones are
 * aggregated here.
 */
@Repository
class ElementTimes {

  /** One element's figures; times in seconds, null when there is none. */
  record Times(long waiting, long completed, Double medianSpent, Double p90Spent, Double medianWaiting,
      Double longestWaiting, long pastTarget, long openIncidents) {

    static final Times NONE = new Times(0, 0, null, null, null, null, 0, 0);
  }

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;
  private final CompletedPercentiles completedPercentiles;

  ElementTimes(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.completedPercentiles = new CompletedPercentiles(jdbc);
  }

  Map<String, Times> of(String processId, MonitoringFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource("processId", processId)
        .addValue("now", Timestamp.from(clock.instant()));
    boolean whole = MonitoringFilter.none().equals(filter);
    String conditions = filter.conditions("e", params) + (whole ? " and e.state = 'ACTIVE'" : "");
    Map<String, Times> times = new HashMap<>();
    jdbc.query("""
        select e.element_id,
          count(*) filter (where e.state = 'ACTIVE') as waiting,
          count(*) filter (where e.state = 'COMPLETED') as completed,
          percentile_cont(array[0.5, 0.9]::float8[]) within group (order by e.spent_seconds)
            filter (where e.state = 'COMPLETED') as spent,
          percentile_cont(0.5) within group (order by extract(epoch from :now - e.started_at))
            filter (where e.state = 'ACTIVE') as median_waiting,
          max(extract(epoch from :now - e.started_at)) filter (where e.state = 'ACTIVE') as longest_waiting,
          count(*) filter (where e.state = 'ACTIVE' and t.due_at < :now) as past_target
        from amends.report_element_instance e
        left join amends.report_user_task t on t.element_instance_key = e.element_instance_key
        """ + filter.joinsNeeded("e")
        + " where e.process_id = :processId and e.element_type <> 'MULTI_INSTANCE_BODY'" + conditions
        + " group by e.element_id", params, rs -> {
      java.sql.Array spent = rs.getArray(4);
      Double[] percentiles = spent == null ? new Double[2] : (Double[]) spent.getArray();
      times.put(rs.getString(1), new Times(rs.getLong(2), rs.getLong(3), percentiles[0], percentiles[1],
          number(rs, 5), number(rs, 6), rs.getLong(7), 0));
    });
    if (whole) {
      completedPercentiles.of(processId).forEach((element, done) -> {
        Times t = times.getOrDefault(element, Times.NONE);
        times.put(element, new Times(t.waiting(), done.completed(), done.median(), done.p90(), t.medianWaiting(),
            t.longestWaiting(), t.pastTarget(), 0));
      });
    }
    MapSqlParameterSource incidentParams = new MapSqlParameterSource("processId", processId);
    jdbc.query("select i.element_id, count(*) from amends.report_incident i" + filter.joinsNeeded("i")
        + " where i.process_id = :processId and i.state = 'ACTIVE'"
        + filter.conditions("i", incidentParams) + " group by i.element_id", incidentParams, rs -> {
      Times t = times.getOrDefault(rs.getString(1), Times.NONE);
      times.put(rs.getString(1), new Times(t.waiting(), t.completed(), t.medianSpent(), t.p90Spent(),
          t.medianWaiting(), t.longestWaiting(), t.pastTarget(), rs.getLong(2)));
    });
    return times;
  }

  /**
   * Only how many are past their target per element, as {@link #of} counts them: what the counts
   * view shows beside the engine's counts, without sorting for percentiles it does not show.
   */
  Map<String, Times> pastTarget(String processId, MonitoringFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource("processId", processId)
        .addValue("now", Timestamp.from(clock.instant()));
    Map<String, Times> times = new HashMap<>();
    jdbc.query("select e.element_id, count(*) from amends.report_element_instance e"
        + " join amends.report_user_task t on t.element_instance_key = e.element_instance_key"
        + filter.joinsNeeded("e")
        + " where e.process_id = :processId and e.element_type <> 'MULTI_INSTANCE_BODY' and e.state = 'ACTIVE'"
        + " and t.due_at < :now" + filter.conditions("e", params) + " group by e.element_id", params,
        rs -> {
          times.put(rs.getString(1), new Times(0, 0, null, null, null, null, rs.getLong(2), 0));
        });
    return times;
  }

  static Double number(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
