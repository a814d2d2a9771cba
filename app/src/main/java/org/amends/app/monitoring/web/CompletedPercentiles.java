package org.amends.app.monitoring.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Per element of a process, over every instance that completed it: how many (kept by the
 * database in {@code report_element_completed}), and the median and 90th percentile of the time
 * spent, read at their positions in the index of times spent (migration V18) instead of sorting
 * the whole history. The figures are PostgreSQL's
 * percentile_cont, computed the way it computes them (the same positions, the same linear step
 * between the two nearest values, in the same double arithmetic), so they are the same numbers.
 * Multi-instance bodies are left out, as in {@link ElementTimes}.
 */
final class CompletedPercentiles {

  /** One element's completed instances; times in seconds, null when none has a time. */
  record Completed(long completed, Double median, Double p90) {}

  private static final String COMPLETED = " from amends.report_element_instance e where e.process_id = :processId"
      + " and e.state = 'COMPLETED' and e.element_type <> 'MULTI_INSTANCE_BODY'";

  private final NamedParameterJdbcTemplate jdbc;

  CompletedPercentiles(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, Completed> of(String processId) {
    MapSqlParameterSource params = new MapSqlParameterSource("processId", processId);
    Map<String, Completed> result = new HashMap<>();
    jdbc.query("select c.element_id, c.completed from amends.report_element_completed c"
        + " where c.process_id = :processId and c.completed > 0", params, rs -> {
      result.put(rs.getString(1), new Completed(rs.getLong(2), null, null));
    });
    // each percentile's one or two nearest values, read at its position (percentile_cont's:
    // fraction × (count − 1), in double precision) in the index
    jdbc.query("""
        with positions as (
          select c.element_id, f.fraction, f.fraction * (c.timed - 1)::float8 as position
          from amends.report_element_completed c
          cross join (values (0.5::float8), (0.9::float8)) f (fraction)
          where c.process_id = :processId and c.timed > 0)
        select p.element_id, p.fraction, p.position, array(
          select e.spent_seconds""" + COMPLETED + """
           and e.element_id = p.element_id and e.spent_seconds is not null
          order by e.spent_seconds offset floor(p.position)::bigint limit (ceil(p.position) - floor(p.position))::bigint + 1)
        from positions p""", params, rs -> {
      Double[] nearest = (Double[]) rs.getArray(4).getArray();
      double position = rs.getDouble(3);
      double first = Math.floor(position);
      double value = nearest.length == 1 ? nearest[0] : nearest[0] + (nearest[1] - nearest[0]) * (position - first);
      Completed c = result.get(rs.getString(1));
      result.put(rs.getString(1), rs.getDouble(2) == 0.5 ? new Completed(c.completed(), value, c.p90())
          : new Completed(c.completed(), c.median(), value));
    });
    return result;
  }
}
