package org.amends.engine.retention;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.amends.engine.clock.EngineClock;
import org.amends.engine.state.RowStore;
import org.amends.engine.state.RowTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the variables and history of process instances that ended longer ago than the
 * retention, as Camunda's history cleanup does: every row (element instances, variables, jobs,
 * user tasks, incidents, timers, subscriptions, history events) of a finished top-level instance
 * and of the instances it called. Open instances, and instances called by an open one, are never
 * touched. Runs on the engine's writer between batches, when the engine clock says it is due, a
 * bounded batch of instances at a time, so that it never holds the writer for long.
 *
 * <p>Finished instances are history only: they are not in the writer's memory, so deleting their
 * rows cannot conflict with what the writer is doing; only rows no longer active are deleted.
 */
public final class HistoryCleanup {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryCleanup.class);

  /** Definitions are kept: they belong to deployments, not to instances. */
  private static final List<String> INSTANCE_TABLES = List.of(
      "element_instance", "variable", "job", "user_task", "incident", "timer", "message",
      "message_subscription", "signal_subscription", "compensation_subscription", "history_event");

  private final RowStore store;
  private final EngineClock clock;
  private final HistoryRetention retention;
  private final Duration interval;
  private final int batchSize;
  private Instant nextRun;
  private int deletedThisSweep;

  public HistoryCleanup(RowStore store, EngineClock clock, HistoryRetention retention, Duration interval, int batchSize) {
    this.store = store;
    this.clock = clock;
    this.retention = retention;
    this.interval = interval;
    this.batchSize = batchSize;
    if (!RowTables.all().values().containsAll(INSTANCE_TABLES)) {
      throw new IllegalStateException("HistoryCleanup names a table the engine does not have");
    }
  }

  /**
   * Deletes one batch when a sweep is due (on the engine clock); a full batch means more may be
   * waiting, so the sweep goes on at the writer's next turn. Called by the writer only.
   */
  public void runIfDue() {
    Instant now = clock.now();
    if (nextRun != null && now.isBefore(nextRun)) {
      return;
    }
    Instant cutoff = retention.cutoff(now);
    int deleted;
    try {
      deleted = deleteBatch(cutoff);
    } catch (RuntimeException e) {
      // the engine goes on; the next sweep tries again
      LOG.warn("History retention: the sweep failed and runs again in {}: {}", interval, e.getMessage());
      nextRun = now.plus(interval);
      return;
    }
    deletedThisSweep += deleted;
    if (deleted < batchSize) {
      if (deletedThisSweep > 0) {
        LOG.info("History retention ({}): deleted the variables and history of {} process instances"
            + " that ended before {}", retention, deletedThisSweep, cutoff);
      }
      deletedThisSweep = 0;
      nextRun = now.plus(interval);
    }
  }

  /** Deletes the rows of up to one batch of top-level instances that ended before the cutoff. */
  int deleteBatch(Instant cutoff) {
    String schema = store.schema();
    try (Connection connection = store.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<Long> roots = expiredRoots(connection, schema, cutoff);
        if (roots.isEmpty()) {
          connection.rollback();
          return 0;
        }
        Array instances = connection.createArrayOf("bigint", withCalledInstances(connection, schema, roots).toArray());
        for (String table : INSTANCE_TABLES) {
          try (PreparedStatement delete = connection.prepareStatement(
              "delete from " + schema + "." + table + " where process_instance_key = any (?) and not active")) {
            delete.setArray(1, instances);
            delete.executeUpdate();
          }
        }
        connection.commit();
        return roots.size();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not delete expired engine history: " + e.getMessage(), e);
    }
  }

  private List<Long> expiredRoots(Connection connection, String schema, Instant cutoff) throws SQLException {
    String sql = "select key from " + schema + ".element_instance"
        + " where key = process_instance_key and not active"
        + " and (data ->> 'parentProcessInstanceKey')::bigint = -1"
        + " and (data ->> 'endDate')::timestamptz < ?"
        + " order by key limit ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setTimestamp(1, Timestamp.from(cutoff));
      select.setInt(2, batchSize);
      return keys(select);
    }
  }

  /** The roots and every instance they called, at any depth (all ended with their root). */
  private List<Long> withCalledInstances(Connection connection, String schema, List<Long> roots) throws SQLException {
    String sql = "with recursive tree(key) as ("
        + " select unnest(?::bigint[])"
        + " union select child.key from " + schema + ".element_instance child join tree"
        + " on child.key = child.process_instance_key"
        + " and (child.data ->> 'parentProcessInstanceKey')::bigint = tree.key)"
        + " select key from tree";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setArray(1, connection.createArrayOf("bigint", roots.toArray()));
      return keys(select);
    }
  }

  private static List<Long> keys(PreparedStatement select) throws SQLException {
    List<Long> keys = new ArrayList<>();
    try (ResultSet result = select.executeQuery()) {
      while (result.next()) {
        keys.add(result.getLong(1));
      }
    }
    return keys;
  }
}
