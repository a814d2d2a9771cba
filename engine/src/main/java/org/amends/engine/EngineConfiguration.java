package org.amends.engine;

import java.util.Objects;
import javax.sql.DataSource;
import org.amends.engine.clock.EngineClock;

/**
 * What an engine needs: a PostgreSQL data source (the engine keeps its state in its own schema)
 * and the clock it reads time from.
 */
public record EngineConfiguration(DataSource dataSource, String schema, EngineClock clock) {

  public static final String DEFAULT_SCHEMA = "engine";

  public EngineConfiguration {
    Objects.requireNonNull(dataSource, "dataSource");
    schema = schema == null || schema.isBlank() ? DEFAULT_SCHEMA : schema;
    clock = clock == null ? new EngineClock() : clock;
  }

  public static EngineConfiguration of(DataSource dataSource) {
    return new EngineConfiguration(dataSource, DEFAULT_SCHEMA, new EngineClock());
  }
}
