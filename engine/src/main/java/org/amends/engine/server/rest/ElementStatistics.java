package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.ProcessElementStatisticsResult;
import java.util.List;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Where;

/**
 * Per element: how many instances are active (without an incident), have an incident, completed
 * or were canceled, over the element instances of the process instances selected.
 */
final class ElementStatistics {

  private static final String SQL =
      "select t.data->>'elementId',"
          + " count(*) filter (where t.active and not exists (" + incident() + ")),"
          + " count(*) filter (where t.state = 'TERMINATED'),"
          + " count(*) filter (where t.active and exists (" + incident() + ")),"
          + " count(*) filter (where t.state = 'COMPLETED')"
          + " from {s}.element_instance t"
          + " where (t.data->>'flowScopeKey')::bigint <> -1 and %s"
          + " group by 1 order by 1";

  private ElementStatistics() {}

  private static String incident() {
    return "select 1 from {s}.incident i where i.active and (i.data->>'elementInstanceKey')::bigint = t.key";
  }

  static List<ProcessElementStatisticsResult> of(Searcher searcher, Where instances) {
    return searcher.rows(SQL.formatted(instances.sql()), instances.params()).stream()
        .map(row -> new ProcessElementStatisticsResult()
            .elementId((String) row[0])
            .active(((Number) row[1]).longValue())
            .canceled(((Number) row[2]).longValue())
            .incidents(((Number) row[3]).longValue())
            .completed(((Number) row[4]).longValue()))
        .toList();
  }
}
