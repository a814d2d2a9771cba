package org.amends.engine;

import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.amends.engine.clock.EngineClock;
import org.amends.engine.retention.HistoryRetention;

/**
 * What an engine needs: a PostgreSQL data source (the engine keeps its state in its own schema),
 * the clock it reads time from, how long finished process instances are kept, how many commands
 * may wait for the writer before new ones are refused (back-pressure), and how long an API call
 * waits for its command's answer before it hears the deadline was exceeded.
 */
public record EngineConfiguration(
    DataSource dataSource, String schema, EngineClock clock, HistoryRetention historyRetention,
    int commandQueueCapacity, Duration commandTimeout) {

  public static final String DEFAULT_SCHEMA = "engine";
  /** Commands waiting for the writer beyond which new ones are refused with RESOURCE_EXHAUSTED. */
  public static final int DEFAULT_COMMAND_QUEUE_CAPACITY = 10_000;
  /** How long an API call waits for its command to be committed. */
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(30);

  public EngineConfiguration {
    Objects.requireNonNull(dataSource, "dataSource");
    schema = schema == null || schema.isBlank() ? DEFAULT_SCHEMA : schema;
    clock = clock == null ? new EngineClock() : clock;
    historyRetention = historyRetention == null ? HistoryRetention.DEFAULT : historyRetention;
    commandQueueCapacity = commandQueueCapacity <= 0 ? DEFAULT_COMMAND_QUEUE_CAPACITY : commandQueueCapacity;
    commandTimeout = commandTimeout == null || commandTimeout.isNegative() || commandTimeout.isZero()
        ? DEFAULT_COMMAND_TIMEOUT
        : commandTimeout;
  }

  public EngineConfiguration(DataSource dataSource, String schema, EngineClock clock, HistoryRetention historyRetention) {
    this(dataSource, schema, clock, historyRetention, DEFAULT_COMMAND_QUEUE_CAPACITY, DEFAULT_COMMAND_TIMEOUT);
  }

  public EngineConfiguration(DataSource dataSource, String schema, EngineClock clock) {
    this(dataSource, schema, clock, HistoryRetention.DEFAULT);
  }

  public static EngineConfiguration of(DataSource dataSource) {
    return new EngineConfiguration(dataSource, DEFAULT_SCHEMA, new EngineClock());
  }

  public EngineConfiguration withHistoryRetention(HistoryRetention retention) {
    return new EngineConfiguration(dataSource, schema, clock, retention, commandQueueCapacity, commandTimeout);
  }

  public EngineConfiguration withCommandQueueCapacity(int capacity) {
    return new EngineConfiguration(dataSource, schema, clock, historyRetention, capacity, commandTimeout);
  }

  public EngineConfiguration withCommandTimeout(Duration timeout) {
    return new EngineConfiguration(dataSource, schema, clock, historyRetention, commandQueueCapacity, timeout);
  }
}
