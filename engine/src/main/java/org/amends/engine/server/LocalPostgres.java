package org.amends.engine.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (binaries from Maven Central) with a persistent data directory,
 * for machines where no database is configured. A second start reuses the directory.
 */
public final class LocalPostgres implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalPostgres.class);

  /**
   * The embedded server's library turns {@code synchronous_commit} off by default, so a commit
   * could return before it reached the disk and a crash of PostgreSQL could lose what the engine
   * had already answered; on, an answered command is on disk.
   */
  private static final String DURABLE_COMMITS = "on";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private HikariDataSource pool;

  private LocalPostgres(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /** Starts PostgreSQL on a free loopback port, initialising the directory only when empty. */
  public static LocalPostgres start(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setServerConfig("synchronous_commit", DURABLE_COMMITS)
              .start();
      LOG.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
      return new LocalPostgres(postgres, dataDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
    }
  }

  /** Starts a throw-away PostgreSQL whose data is deleted on close: for tests. */
  public static LocalPostgres startTemporary() {
    try {
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder().setServerConfig("synchronous_commit", DURABLE_COMMITS).start();
      return new LocalPostgres(postgres, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start a temporary PostgreSQL: " + e.getMessage(), e);
    }
  }

  /** The pooled data source on the {@code postgres} database, closed with the server. */
  public synchronized DataSource dataSource() {
    if (pool != null) {
      return pool;
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl());
    config.setUsername("postgres");
    config.setMaximumPoolSize(10);
    config.setPoolName("amends-embedded");
    // PostgreSQL's error details quote the failing row ("Failing row contains (...)"), which may
    // hold personal data; exception messages, and so logs and incidents, leave them out
    config.addDataSourceProperty("logServerErrorDetail", "false");
    pool = new HikariDataSource(config);
    return pool;
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public synchronized void close() {
    if (pool != null) {
      pool.close();
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
