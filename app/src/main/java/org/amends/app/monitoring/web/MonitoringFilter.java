package org.amends.app.monitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.amends.app.casework.Area;
import org.amends.app.referral.ReferralSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What a monitor narrowed the figures to: a process version (null: every version), instances
 * started from / to a date (inclusive, Europe/London), the case's area and referral source. As
 * SQL over the reporting tables: {@code pi} is the process instance, {@code c} its case,
 * {@code r} the case's referral.
 */
record MonitoringFilter(Long definitionKey, LocalDate from, LocalDate to, Area area, ReferralSource source) {

  static final ZoneId ZONE = ZoneId.of("Europe/London");

  static MonitoringFilter none() {
    return new MonitoringFilter(null, null, null, null, null);
  }

  boolean narrowsCases() {
    return area != null || source != null;
  }

  /** Joins from a row with a {@code process_instance_key} (alias given) to its instance and case. */
  static String joins(String alias) {
    return " join amends.report_process_instance pi on pi.process_instance_key = " + alias + ".process_instance_key"
        + " left join amends.case_file c on c.process_instance_key = pi.root_process_instance_key"
        + " left join amends.referral r on r.case_id = c.id";
  }

  /**
   * Only the joins this filter's conditions use: over the whole history (the heatmap's times), a
   * join to every row's instance, case and referral costs more than the figures themselves.
   */
  String joinsNeeded(String alias) {
    StringBuilder sql = new StringBuilder();
    if (from != null || to != null || narrowsCases()) {
      sql.append(" join amends.report_process_instance pi on pi.process_instance_key = ").append(alias)
          .append(".process_instance_key");
    }
    if (narrowsCases()) {
      sql.append(" left join amends.case_file c on c.process_instance_key = pi.root_process_instance_key");
    }
    if (source != null) {
      sql.append(" left join amends.referral r on r.case_id = c.id");
    }
    return sql.toString();
  }

  /** " and ..." conditions for the filter, binding their values into {@code params}. */
  String conditions(String alias, MapSqlParameterSource params) {
    StringBuilder sql = new StringBuilder();
    if (definitionKey != null) {
      sql.append(" and ").append(alias).append(".process_definition_key = :definitionKey");
      params.addValue("definitionKey", definitionKey);
    }
    if (from != null) {
      sql.append(" and pi.started_at >= :from");
      params.addValue("from", java.sql.Timestamp.from(from.atStartOfDay(ZONE).toInstant()));
    }
    if (to != null) {
      sql.append(" and pi.started_at < :to");
      params.addValue("to", java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()));
    }
    if (area != null) {
      sql.append(" and c.area = :area");
      params.addValue("area", area.code());
    }
    if (source != null) {
      sql.append(" and r.source = :source");
      params.addValue("source", source.code());
    }
    return sql.toString();
  }

  /** The filter as query parameters, for links that keep it. */
  List<String[]> queryParameters() {
    List<String[]> parameters = new java.util.ArrayList<>();
    if (definitionKey != null) {
      parameters.add(new String[] {"version", definitionKey.toString()});
    }
    if (from != null) {
      parameters.add(new String[] {"from.day", String.valueOf(from.getDayOfMonth())});
      parameters.add(new String[] {"from.month", String.valueOf(from.getMonthValue())});
      parameters.add(new String[] {"from.year", String.valueOf(from.getYear())});
    }
    if (to != null) {
      parameters.add(new String[] {"to.day", String.valueOf(to.getDayOfMonth())});
      parameters.add(new String[] {"to.month", String.valueOf(to.getMonthValue())});
      parameters.add(new String[] {"to.year", String.valueOf(to.getYear())});
    }
    if (area != null) {
      parameters.add(new String[] {"area", area.code()});
    }
    if (source != null) {
      parameters.add(new String[] {"source", source.code()});
    }
    return parameters;
  }
}
