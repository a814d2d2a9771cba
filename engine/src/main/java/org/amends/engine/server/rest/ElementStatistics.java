package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.ProcessElementStatisticsResult;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Where;

/**
 * Per element: how many instances are active (without an incident), have an incident, completed
 * or were canceled, over the element instances of the process instances selected (their element
 * id, flow scope and state are read from the process instance key's index). Over every
 * instance of a definition the counts come from {@code element_statistics}, which the database
 * keeps as the engine writes (migration V9), and only the open incidents are asked for live.
 */
final class ElementStatistics {

  private static final String SQL =
      "select t.element_id,"
          + " count(*) filter (where t.active and i.key is null),"
          + " count(*) filter (where t.state = 'TERMINATED'),"
          + " count(*) filter (where t.active and i.key is not null),"
          + " count(*) filter (where t.state = 'COMPLETED')"
          + " from {s}.element_instance t left join (" + openIncidents() + ") i on i.key = t.key"
          + " where t.flow_scope_key <> -1 and %s"
          + " group by 1 order by 1";

  private static final String KEPT =
      "select s.element_id,"
          + " coalesce(sum(s.instances) filter (where s.state = 'ACTIVE'), 0) - coalesce(min(i.instances), 0),"
          + " coalesce(sum(s.instances) filter (where s.state = 'TERMINATED'), 0),"
          + " coalesce(min(i.instances), 0),"
          + " coalesce(sum(s.instances) filter (where s.state = 'COMPLETED'), 0)"
          + " from {s}.element_statistics s left join (" + incidentsOfDefinition() + ") i on i.element_id = s.element_id"
          + " where s.process_definition_key = ?"
          + " group by s.element_id having sum(s.instances) > 0 order by 1";

  private ElementStatistics() {}

  /**
   * Active element instances with an open incident, per element, in the instances of a definition:
   * read from the open incidents (few), never from every element instance.
   */
  private static String incidentsOfDefinition() {
    return "select t.element_id, count(distinct t.key) instances"
        + " from {s}.incident i join {s}.element_instance t on t.key = (i.data->>'elementInstanceKey')::bigint"
        + " join {s}.element_instance p on p.key = t.process_instance_key"
        + " where i.active and t.active and t.flow_scope_key <> -1"
        + " and p.flow_scope_key = -1 and (p.data->>'processDefinitionKey')::bigint = ?"
        + " group by 1";
  }

  /**
   * The element instances with an open incident, each once: joined rather than asked per row in
   * the counts' filters, so that the grouping's cost is that of plain counts and the planner
   * hashes it instead of sorting tens of thousands of rows.
   */
  private static String openIncidents() {
    return "select distinct (x.data->>'elementInstanceKey')::bigint as key from {s}.incident x where x.active";
  }

  static List<ProcessElementStatisticsResult> of(Searcher searcher, Where instances) {
    return results(searcher.rows(SQL.formatted(instances.sql()), instances.params()));
  }

  /**
   * Over the given process instances (a definition's, selected by a filter). The keys go into the
   * SQL as one array literal (numbers only), not as a parameter: the planner then knows how many
   * there are and so how many element instances it will count (about 70,000 for 3,248 instances:
   * it hashes the grouping), where a list behind a subquery with the filter's conditions was
   * estimated at one row and sorted, spilling to disk; and a cached generic plan could not know
   * the length of a parameter.
   */
  static List<ProcessElementStatisticsResult> ofInstances(Searcher searcher, long[] processInstanceKeys) {
    if (processInstanceKeys.length == 0) {
      return List.of();
    }
    String keys = Arrays.stream(processInstanceKeys).mapToObj(Long::toString)
        .collect(Collectors.joining(",", "'{", "}'::bigint[]"));
    return of(searcher, new Where().add("t.process_instance_key = any(" + keys + ")"));
  }

  /** Over every instance of the definition: the kept counts, the same figures as {@link #of}. */
  static List<ProcessElementStatisticsResult> ofDefinition(Searcher searcher, long processDefinitionKey) {
    return results(searcher.rows(KEPT, processDefinitionKey, processDefinitionKey));
  }

  private static List<ProcessElementStatisticsResult> results(List<Object[]> rows) {
    return rows.stream()
        .map(row -> new ProcessElementStatisticsResult()
            .elementId((String) row[0])
            .active(((Number) row[1]).longValue())
            .canceled(((Number) row[2]).longValue())
            .incidents(((Number) row[3]).longValue())
            .completed(((Number) row[4]).longValue()))
        .toList();
  }
}
