package org.amends.app.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.amends.app.audit.AuditEvent.ActorKind;
import org.amends.app.audit.AuditEvent.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Searches the audit log, newest first, a page at a time. Reading only: the log is append-only. */
@Component
class AuditQuery {

  private final JdbcClient jdbc;
  private final ZoneId zone;

  AuditQuery(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.zone = clock.getZone();
  }

  long count(AuditCriteria criteria) {
    Where where = where(criteria);
    return jdbc.sql("select count(*) from amends.audit_event" + where.sql)
        .params(where.params).query(Long.class).single();
  }

  List<AuditEvent> search(AuditCriteria criteria, int offset, int limit) {
    Where where = where(criteria);
    List<Object> params = new ArrayList<>(where.params);
    params.add(limit);
    params.add(offset);
    return jdbc.sql("select * from amends.audit_event" + where.sql
            + " order by occurred_at desc, id desc limit ? offset ?")
        .params(params)
        .query((rs, n) -> new AuditEvent(
            rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(),
            ActorKind.valueOf(rs.getString("actor_kind")),
            rs.getString("actor"),
            rs.getString("client_address"),
            AuditAction.valueOf(rs.getString("action")),
            Outcome.valueOf(rs.getString("outcome")),
            (Long) rs.getObject("case_id"),
            rs.getString("case_reference"),
            (Long) rs.getObject("task_key"),
            rs.getString("subject_kind"),
            rs.getString("subject_id")))
        .list();
  }

  private Where where(AuditCriteria criteria) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (criteria.reference() != null) {
      conditions.add("case_reference = ?");
      params.add(criteria.reference());
    }
    if (criteria.username() != null) {
      conditions.add("actor_kind = 'STAFF' and actor = ?");
      params.add(criteria.username());
    }
    if (criteria.from() != null) {
      conditions.add("occurred_at >= ?");
      params.add(startOf(criteria.from()));
    }
    if (criteria.to() != null) {
      conditions.add("occurred_at < ?");
      params.add(startOf(criteria.to().plusDays(1)));
    }
    return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
  }

  private Timestamp startOf(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(zone).toInstant());
  }

  private record Where(String sql, List<Object> params) {}
}
