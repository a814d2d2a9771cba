package org.amends.engine;

import java.util.Objects;
import javax.sql.DataSource;
import org.amends.engine.clock.EngineClock;
import org.amends.engine.retention.HistoryRetention;

/**
 * What an engine needs: a PostgreSQL data source (the engine keeps its state in its own schema),
 * the clock it reads time from, and how long finished process instances are kept.
 */
public record EngineConfiguration(
    DataSource dataSource, String schema, EngineClock clock, HistoryRetention historyRetention) {

  public static final String DEFAULT_SCHEMA = "engine";

  public EngineConfiguration {
    Objects.requireNonNull(dataSource, "dataSource");
    schema = schema == null || schema.isBlank() ? DEFAULT_SCHEMA : schema;
    clock = clock == null ? new EngineClock() : clock;
    historyRetention = historyRetention == null ? HistoryRetention.DEFAULT : historyRetention;
  }

  public EngineConfiguration(DataSource dataSource, String schema, EngineClock clock) {
    this(dataSource, schema, clock, HistoryRetention.DEFAULT);
  }

  public static EngineConfiguration of(DataSource dataSource) {
    return new EngineConfiguration(dataSource, DEFAULT_SCHEMA, new EngineClock());
  }

  public EngineConfiguration withHistoryRetention(HistoryRetention retention) {
    return new EngineConfiguration(dataSource, schema, clock, retention);
  }
}
