package org.amends.app.monitoring.web;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.statistics.response.ProcessElementStatistics;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Active, incident, completed and cancelled counts per element, from the engine's
 * process-definition statistics through the Camunda client (live, as Operate shows them), summed
 * over the versions asked for. Dates narrow the instances by start date; an area or referral
 * source narrows them to the instances of those cases, found in the reporting tables.
 */
@Component
class ElementCounts {

  /** One element's counts. */
  record Counts(long active, long incidents, long completed, long cancelled) {

    static final Counts NONE = new Counts(0, 0, 0, 0);

    Counts plus(Counts other) {
      return new Counts(active + other.active, incidents + other.incidents, completed + other.completed,
          cancelled + other.cancelled);
    }
  }

  private final CamundaClient camunda;
  private final NamedParameterJdbcTemplate jdbc;

  ElementCounts(CamundaClient camunda, NamedParameterJdbcTemplate jdbc) {
    this.camunda = camunda;
    this.jdbc = jdbc;
  }

  Map<String, Counts> of(List<Long> definitionKeys, MonitoringFilter filter) {
    Map<String, Counts> counts = new HashMap<>();
    for (long definitionKey : definitionKeys) {
      List<Long> instances = filter.narrowsCases() ? instancesOfCases(definitionKey, filter) : null;
      if (instances != null && instances.isEmpty()) {
        continue;
      }
      OffsetDateTime from = filter.from() == null ? null
          : filter.from().atStartOfDay(MonitoringFilter.ZONE).toOffsetDateTime();
      OffsetDateTime to = filter.to() == null ? null
          : filter.to().plusDays(1).atStartOfDay(MonitoringFilter.ZONE).toOffsetDateTime();
      List<ProcessElementStatistics> statistics = camunda.newProcessDefinitionElementStatisticsRequest(definitionKey)
          .filter(f -> {
            if (from != null || to != null) {
              f.startDate(d -> {
                if (from != null) {
                  d.gte(from);
                }
                if (to != null) {
                  d.lt(to);
                }
              });
            }
            if (instances != null) {
              f.processInstanceKey(k -> k.in(instances));
            }
          })
          .send().join();
      for (ProcessElementStatistics s : statistics) {
        Counts these = new Counts(value(s.getActive()), value(s.getIncidents()), value(s.getCompleted()),
            value(s.getCanceled()));
        counts.merge(s.getElementId(), these, Counts::plus);
      }
    }
    return counts;
  }

  private List<Long> instancesOfCases(long definitionKey, MonitoringFilter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource("definitionKey", definitionKey);
    MonitoringFilter casesOnly = new MonitoringFilter(null, null, null, filter.area(), filter.source());
    return jdbc.queryForList("select pi.process_instance_key from amends.report_process_instance x"
        + MonitoringFilter.joins("x") + " where x.process_definition_key = :definitionKey"
        + casesOnly.conditions("x", params), params, Long.class);
  }

  private static long value(Long count) {
    return count == null ? 0 : count;
  }
}
