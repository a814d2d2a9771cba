package org.amends.app.monitoring.web;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.Job;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where work is waiting. People's steps (user tasks, per candidate group): waiting now, not
 * assigned to anyone, the longest and median wait. Automated steps (job workers): jobs waiting,
 * jobs that failed and are being retried with their fewest retries left (live, through the
 * client's job search), open incidents and every failure that became one.
 */
@Component
class Bottlenecks {

  /** A user task step for one candidate group; waits in seconds. */
  record PeopleStep(String processId, String elementId, String group, long waiting, long unassigned,
      Double longestWait, Double medianWait, long pastTarget) {}

  /** An automated step; retriesLeft is null when no job of it is failing now. */
  record AutomatedStep(String processId, String elementId, long waiting, long retrying, Integer retriesLeft,
      long openIncidents, long failures) {}

  private static final String AUTOMATED =
      "('SERVICE_TASK', 'SEND_TASK', 'BUSINESS_RULE_TASK', 'SCRIPT_TASK', 'INTERMEDIATE_THROW_EVENT', 'END_EVENT')";

  private final NamedParameterJdbcTemplate jdbc;
  private final CamundaClient camunda;
  private final Clock clock;

  Bottlenecks(NamedParameterJdbcTemplate jdbc, CamundaClient camunda, Clock clock) {
    this.jdbc = jdbc;
    this.camunda = camunda;
    this.clock = clock;
  }

  List<PeopleStep> people() {
    return jdbc.query("""
        select t.process_id, t.element_id, g.grp, count(*),
          count(*) filter (where not t.assigned),
          max(extract(epoch from :now - t.created_at)),
          percentile_cont(0.5) within group (order by extract(epoch from :now - t.created_at)),
          count(*) filter (where t.due_at < :now)
        from amends.report_user_task t
        join amends.report_element_instance e on e.element_instance_key = t.element_instance_key and e.state = 'ACTIVE'
        cross join lateral unnest(string_to_array(nullif(t.candidate_groups, ''), ',')) as g(grp)
        group by 1, 2, 3 order by 4 desc, 1, 2, 3""",
        new MapSqlParameterSource("now", Timestamp.from(clock.instant())),
        (rs, i) -> new PeopleStep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
            ElementTimes.number(rs, 6), ElementTimes.number(rs, 7), rs.getLong(8)));
  }

  List<AutomatedStep> automated() {
    Map<String, long[]> retrying = new HashMap<>();
    List<Job> failing = camunda.newJobSearchRequest()
        .filter(f -> f.hasFailedWithRetriesLeft(true))
        .page(p -> p.limit(1000)).send().join().items();
    for (Job job : failing) {
      long[] figures = retrying.computeIfAbsent(job.getProcessDefinitionId() + "/" + job.getElementId(),
          k -> new long[] {0, Integer.MAX_VALUE});
      figures[0]++;
      figures[1] = Math.min(figures[1], job.getRetries() == null ? 0 : job.getRetries());
    }
    List<AutomatedStep> steps = new ArrayList<>();
    jdbc.query("""
        select s.process_id, s.element_id, sum(s.waiting), sum(s.open_incidents), sum(s.failures) from (
          select process_id, element_id, count(*) filter (where state = 'ACTIVE') as waiting,
            0 as open_incidents, 0 as failures
          from amends.report_element_instance where element_type in %s
          group by 1, 2
          union all
          select process_id, element_id, 0, count(*) filter (where state = 'ACTIVE'), count(*)
          from amends.report_incident where job_key is not null group by 1, 2) s
        group by 1, 2 having sum(s.waiting) > 0 or sum(s.failures) > 0 order by 4 desc, 3 desc, 1, 2""".formatted(AUTOMATED),
        new MapSqlParameterSource(), rs -> {
          long[] r = retrying.get(rs.getString(1) + "/" + rs.getString(2));
          steps.add(new AutomatedStep(rs.getString(1), rs.getString(2), rs.getLong(3), r == null ? 0 : r[0],
              r == null ? null : (int) r[1], rs.getLong(4), rs.getLong(5)));
        });
    return steps;
  }
}
