package org.amends.app.monitoring.history;

import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes what the engine said into the reporting tables: upserts by the engine's key, so that a
 * row read twice (the overlap, a restart mid-page) is stored once, and a later state (ended,
 * resolved) replaces an earlier one but never the other way round.
 */
@Repository
class ReportingStore {

  private final JdbcTemplate jdbc;

  ReportingStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void processInstances(List<ProcessInstance> rows) {
    jdbc.batchUpdate("""
        insert into amends.report_process_instance (process_instance_key, process_definition_key, process_id, version,
          parent_process_instance_key, root_process_instance_key, state, started_at, ended_at)
        values (?, ?, ?, ?, ?, coalesce((select p.root_process_instance_key from amends.report_process_instance p
          where p.process_instance_key = ?), ?), ?, ?, ?)
        on conflict (process_instance_key) do update set
          state = case when report_process_instance.ended_at is not null and excluded.ended_at is null
                  then report_process_instance.state else excluded.state end,
          ended_at = coalesce(excluded.ended_at, report_process_instance.ended_at)""",
        rows, rows.size(), (ps, p) -> {
          Long parent = p.getParentProcessInstanceKey();
          ps.setLong(1, p.getProcessInstanceKey());
          ps.setLong(2, p.getProcessDefinitionKey());
          ps.setString(3, p.getProcessDefinitionId());
          ps.setInt(4, p.getProcessDefinitionVersion() == null ? 0 : p.getProcessDefinitionVersion());
          ps.setObject(5, parent);
          ps.setObject(6, parent);
          ps.setLong(7, parent == null ? p.getProcessInstanceKey() : parent);
          ps.setString(8, p.getState() == null ? "ACTIVE" : p.getState().name());
          ps.setTimestamp(9, timestamp(p.getStartDate()));
          ps.setTimestamp(10, timestamp(p.getEndDate()));
        });
    // a called process read before its parent points at the parent; once the parent is here, at
    // the parent's root (the journey), however deep the calls go
    jdbc.update("""
        update amends.report_process_instance c set root_process_instance_key = p.root_process_instance_key
        from amends.report_process_instance p
        where c.parent_process_instance_key = p.process_instance_key
          and c.root_process_instance_key <> p.root_process_instance_key""");
  }

  void elementInstances(List<ElementInstance> rows) {
    jdbc.batchUpdate("""
        insert into amends.report_element_instance (element_instance_key, process_instance_key, process_definition_key,
          process_id, element_id, element_type, state, started_at, ended_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (element_instance_key) do update set
          state = case when report_element_instance.ended_at is not null and excluded.ended_at is null
                  then report_element_instance.state else excluded.state end,
          ended_at = coalesce(excluded.ended_at, report_element_instance.ended_at)""",
        rows, rows.size(), (ps, e) -> {
          ps.setLong(1, e.getElementInstanceKey());
          ps.setLong(2, e.getProcessInstanceKey());
          ps.setLong(3, e.getProcessDefinitionKey());
          ps.setString(4, e.getProcessDefinitionId());
          ps.setString(5, e.getElementId());
          ps.setString(6, e.getType() == null ? "UNKNOWN" : e.getType().name());
          ps.setString(7, e.getState() == null ? "ACTIVE" : e.getState().name());
          ps.setTimestamp(8, timestamp(e.getStartDate()));
          ps.setTimestamp(9, timestamp(e.getEndDate()));
        });
  }

  /** User tasks: groups, whether assigned (never to whom), due date. */
  void userTasks(List<UserTask> rows) {
    jdbc.batchUpdate("""
        insert into amends.report_user_task (user_task_key, element_instance_key, process_instance_key, process_id,
          element_id, candidate_groups, assigned, state, created_at, completed_at, due_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (user_task_key) do update set
          assigned = excluded.assigned,
          state = case when report_user_task.completed_at is not null and excluded.completed_at is null
                  then report_user_task.state else excluded.state end,
          completed_at = coalesce(excluded.completed_at, report_user_task.completed_at),
          due_at = excluded.due_at""",
        rows, rows.size(), (ps, t) -> {
          ps.setLong(1, t.getUserTaskKey());
          ps.setLong(2, t.getElementInstanceKey());
          ps.setLong(3, t.getProcessInstanceKey());
          ps.setString(4, t.getBpmnProcessId());
          ps.setString(5, t.getElementId());
          ps.setString(6, t.getCandidateGroups() == null ? "" : String.join(",", t.getCandidateGroups()));
          ps.setBoolean(7, t.getAssignee() != null && !t.getAssignee().isBlank());
          ps.setString(8, t.getState() == null ? "CREATED" : t.getState().name());
          ps.setTimestamp(9, timestamp(t.getCreationDate()));
          ps.setTimestamp(10, timestamp(t.getCompletionDate()));
          ps.setTimestamp(11, timestamp(t.getDueDate()));
        });
  }

  void incidents(List<Incident> rows) {
    jdbc.batchUpdate("""
        insert into amends.report_incident (incident_key, process_instance_key, process_definition_key, process_id,
          element_id, element_instance_key, job_key, error_type, error_message, state, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        on conflict (incident_key) do update set
          state = case when report_incident.resolved_at is not null then report_incident.state else excluded.state end,
          error_message = excluded.error_message""",
        rows, rows.size(), (ps, i) -> {
          ps.setLong(1, i.getIncidentKey());
          ps.setLong(2, i.getProcessInstanceKey());
          ps.setLong(3, i.getProcessDefinitionKey());
          ps.setString(4, i.getProcessDefinitionId());
          ps.setString(5, i.getElementId());
          ps.setLong(6, i.getElementInstanceKey());
          ps.setObject(7, i.getJobKey());
          ps.setString(8, i.getErrorType() == null ? "UNKNOWN" : i.getErrorType().name());
          ps.setString(9, i.getErrorMessage() == null ? "" : i.getErrorMessage());
          ps.setString(10, i.getState() == null ? "ACTIVE" : i.getState().name());
          ps.setTimestamp(11, timestamp(i.getCreationTime()));
        });
  }

  /** The incidents stored as active. */
  List<Long> activeIncidents() {
    return jdbc.queryForList("select incident_key from amends.report_incident where state = 'ACTIVE'", Long.class);
  }

  /**
   * Marks these incidents resolved: the engine no longer lists them as active. The API gives no
   * resolution time, so the import records when it saw it.
   */
  int resolve(Collection<Long> keys, Instant seenAt) {
    if (keys.isEmpty()) {
      return 0;
    }
    Long[] array = keys.toArray(Long[]::new);
    return jdbc.update(con -> {
      var ps = con.prepareStatement("""
          update amends.report_incident set state = 'RESOLVED', resolved_at = ?
          where state = 'ACTIVE' and incident_key = any (?)""");
      ps.setTimestamp(1, Timestamp.from(seenAt));
      ps.setArray(2, con.createArrayOf("bigint", array));
      return ps;
    });
  }

  /** Whether each open user task has someone on it, as the sweep found. */
  void assignments(List<UserTask> open) {
    jdbc.batchUpdate("update amends.report_user_task set assigned = ? where user_task_key = ? and assigned <> ?",
        open, open.size(), (ps, t) -> {
          boolean assigned = t.getAssignee() != null && !t.getAssignee().isBlank();
          ps.setBoolean(1, assigned);
          ps.setLong(2, t.getUserTaskKey());
          ps.setBoolean(3, assigned);
        });
  }

  private static Timestamp timestamp(OffsetDateTime date) {
    return date == null ? null : Timestamp.from(date.toInstant());
  }
}
