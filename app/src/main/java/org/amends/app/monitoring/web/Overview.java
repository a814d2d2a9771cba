package org.amends.app.monitoring.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The overview's figures per process, and the journey's referrals and closures per week. */
@Repository
class Overview {

  /** A process's open instances and their ages (seconds). */
  record ProcessFigures(String processId, long open, long withIncidents, long pastTarget, Double medianAge,
      Double p90Age) {

    static ProcessFigures none(String processId) {
      return new ProcessFigures(processId, 0, 0, 0, null, null);
    }
  }

  static final int WEEKS = 26;

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  Overview(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Per process id: open instances (for the journey, open cases), those with an open incident
   * anywhere in them or in what they called, those waiting at a step past its target, and the
   * median and 90th-percentile age of the open ones.
   */
  Map<String, ProcessFigures> processes() {
    Map<String, ProcessFigures> figures = new HashMap<>();
    // an instance is flagged when the incident or late task is in it, in what it called, or (for
    // the journey) anywhere in its case
    jdbc.query("""
        with incident_in as (
          select ip.process_instance_key, ip.parent_process_instance_key, ip.root_process_instance_key
          from amends.report_incident i join amends.report_process_instance ip on ip.process_instance_key = i.process_instance_key
          where i.state = 'ACTIVE'),
        late_in as (
          select tp.process_instance_key, tp.parent_process_instance_key, tp.root_process_instance_key
          from amends.report_user_task t
          join amends.report_element_instance e on e.element_instance_key = t.element_instance_key and e.state = 'ACTIVE'
          join amends.report_process_instance tp on tp.process_instance_key = t.process_instance_key
          where t.due_at < :now),
        with_incident as (
          select process_instance_key k from incident_in union select parent_process_instance_key from incident_in
          union select root_process_instance_key from incident_in),
        late as (
          select process_instance_key k from late_in union select parent_process_instance_key from late_in
          union select root_process_instance_key from late_in)
        select p.process_id, count(*),
          count(*) filter (where p.process_instance_key in (select k from with_incident where k is not null)),
          count(*) filter (where p.process_instance_key in (select k from late where k is not null)),
          percentile_cont(0.5) within group (order by extract(epoch from :now - p.started_at)),
          percentile_cont(0.9) within group (order by extract(epoch from :now - p.started_at))
        from amends.report_process_instance p where p.state = 'ACTIVE' group by p.process_id""",
        new MapSqlParameterSource("now", Timestamp.from(clock.instant())),
        rs -> {
          figures.put(rs.getString(1), new ProcessFigures(rs.getString(1), rs.getLong(2), rs.getLong(3),
              rs.getLong(4), ElementTimes.number(rs, 5), ElementTimes.number(rs, 6)));
        });
    return figures;
  }

  /** A process's starts and ends per week over the last {@value #WEEKS} weeks, this one last. */
  WeeklyCounts weekly(String processId) {
    LocalDate thisMonday = LocalDate.now(clock.withZone(MonitoringFilter.ZONE))
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate first = thisMonday.minusWeeks(WEEKS - 1);
    MapSqlParameterSource params = new MapSqlParameterSource("journey", processId)
        .addValue("first", Timestamp.from(first.atStartOfDay(MonitoringFilter.ZONE).toInstant()));
    Map<LocalDate, long[]> byWeek = new HashMap<>();
    jdbc.query("""
        select date_trunc('week', started_at at time zone 'Europe/London')::date, count(*), 0
        from amends.report_process_instance where process_id = :journey and started_at >= :first group by 1
        union all
        select date_trunc('week', ended_at at time zone 'Europe/London')::date, 0, count(*)
        from amends.report_process_instance where process_id = :journey and ended_at >= :first group by 1""",
        params, rs -> {
          long[] counts = byWeek.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new long[2]);
          counts[0] += rs.getLong(2);
          counts[1] += rs.getLong(3);
        });
    List<WeeklyCounts.Week> weeks = new ArrayList<>();
    for (LocalDate monday = first; !monday.isAfter(thisMonday); monday = monday.plusWeeks(1)) {
      long[] counts = byWeek.getOrDefault(monday, new long[2]);
      weeks.add(new WeeklyCounts.Week(monday, counts[0], counts[1]));
    }
    return new WeeklyCounts(weeks);
  }
}
