package org.amends.app.privacy;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The record of retention runs, newest first, for the managers' page. */
@Component
class RetentionRuns {

  private final JdbcClient jdbc;

  RetentionRuns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long save(RetentionReport report) {
    long id = jdbc.sql("""
            insert into amends.retention_run (started_at, finished_at, retention, closed_before, cases)
            values (?, ?, ?, ?, ?) returning id""")
        .params(Timestamp.from(report.startedAt()), Timestamp.from(report.finishedAt()),
            report.retention(), report.closedBefore(), report.cases())
        .query(Long.class).single();
    for (String reference : report.caseReferences()) {
      jdbc.sql("insert into amends.retention_run_case (retention_run_id, case_reference) values (?, ?)")
          .params(id, reference).update();
    }
    report.rowsPerTable().forEach((table, rows) ->
        jdbc.sql("insert into amends.retention_run_table (retention_run_id, table_name, rows) values (?, ?, ?)")
            .params(id, table, rows).update());
    return id;
  }

  List<RetentionReport> latest(int limit) {
    return jdbc.sql("select * from amends.retention_run order by started_at desc, id desc limit ?")
        .param(limit)
        .query((rs, n) -> rs.getLong("id"))
        .list().stream().map(this::load).toList();
  }

  private RetentionReport load(long id) {
    List<String> references = jdbc.sql(
            "select case_reference from amends.retention_run_case where retention_run_id = ? order by case_reference")
        .param(id).query(String.class).list();
    Map<String, Integer> rows = new LinkedHashMap<>();
    jdbc.sql("select table_name, rows from amends.retention_run_table where retention_run_id = ? order by table_name")
        .param(id).query((rs, n) -> rows.put(rs.getString(1), rs.getInt(2))).list();
    return jdbc.sql("select * from amends.retention_run where id = ?").param(id)
        .query((rs, n) -> new RetentionReport(id, rs.getTimestamp("started_at").toInstant(),
            rs.getTimestamp("finished_at").toInstant(), rs.getString("retention"),
            rs.getObject("closed_before", java.time.LocalDate.class), references, rows))
        .single();
  }
}
