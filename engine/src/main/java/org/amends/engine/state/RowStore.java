package org.amends.engine.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/** Rows to and from PostgreSQL: one statement (and transaction) per batch, loads at start-up. */
public final class RowStore {

  private final DataSource dataSource;
  private final String schema;
  private final RowWrite rowWrite;

  public RowStore(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.rowWrite = new RowWrite(schema);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String schema() {
    return schema;
  }

  /** Writes the rows and the next key in one transaction (one statement, see {@link RowWrite}). */
  public void write(Collection<Row> rows, long nextKey) {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
      rowWrite.write(connection, rows, nextKey);
    } catch (SQLException e) {
      throw new IllegalStateException("could not write engine state: " + e.getMessage(), e);
    }
  }

  /** The rows of a kind that still belong to the runtime (or all, for definitions). */
  public <T extends Row> List<T> load(Class<T> type, boolean activeOnly) {
    String sql =
        "select data from "
            + schema
            + "."
            + RowTables.tableOf(type)
            + (activeOnly ? " where active" : "")
            + " order by key";
    List<T> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(Json.read(result.getString(1), type));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not load engine state: " + e.getMessage(), e);
    }
    return rows;
  }

  public long meta(String name) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select value from " + schema + ".engine_meta where name = ?")) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? result.getLong(1) : -1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read engine state: " + e.getMessage(), e);
    }
  }

  /** The highest key in any of the engine's tables, or 0 when they are empty. */
  public long highestKey() {
    StringBuilder sql = new StringBuilder("select coalesce(max(k), 0) from (");
    String union = "";
    for (String table : RowTables.all().values()) {
      sql.append(union).append("select max(key) k from ").append(schema).append('.').append(table);
      union = " union all ";
    }
    sql.append(") highest");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql.toString())) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read engine state: " + e.getMessage(), e);
    }
  }

  /** Everything gone, as on a fresh cluster; the change id is recorded. */
  public void purge(long changeId) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (String table : RowTables.all().values()) {
          statement.addBatch("truncate table " + schema + "." + table);
        }
        statement.addBatch("update " + schema + ".engine_meta set value = 1 where name = 'next_key'");
        statement.addBatch(
            "update " + schema + ".engine_meta set value = " + changeId + " where name = 'last_change_id'");
        statement.executeBatch();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not purge engine state: " + e.getMessage(), e);
    }
  }
}
