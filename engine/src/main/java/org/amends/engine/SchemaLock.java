package org.amends.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One engine per schema: a PostgreSQL session advisory lock, held on a connection of its own for
 * the engine's life. Two writers on one schema would hand out the same keys and overwrite each
 * other's rows; the second one refuses to start instead. The lock goes with the connection, so an
 * engine that dies (kill -9) frees it.
 */
final class SchemaLock implements AutoCloseable {

  private final Connection connection;
  private final String schema;

  private SchemaLock(Connection connection, String schema) {
    this.connection = connection;
    this.schema = schema;
  }

  static SchemaLock acquire(DataSource dataSource, String schema) {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(true);
      try (PreparedStatement statement =
          connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
        statement.setString(1, lockName(schema));
        try (ResultSet result = statement.executeQuery()) {
          result.next();
          if (!result.getBoolean(1)) {
            throw new IllegalStateException(
                "Another engine is already running on schema '" + schema + "' of this database. Only one engine"
                    + " may use a schema at a time: stop the other engine, or give this one a schema of its own.");
          }
        }
      }
      return new SchemaLock(connection, schema);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException(
          "could not take the engine's lock on schema '" + schema + "': " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  private static String lockName(String schema) {
    return "amends-engine:" + schema;
  }

  @Override
  public void close() {
    try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
      statement.setString(1, lockName(schema));
      statement.execute();
    } catch (SQLException e) {
      // The connection is closed below; the lock goes with it.
    } finally {
      closeQuietly(connection);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // nothing more to free
    }
  }
}
