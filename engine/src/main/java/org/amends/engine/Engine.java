package org.amends.engine;

import org.amends.engine.clock.EngineClock;
import org.flywaydb.core.Flyway;

/** The engine: BPMN, DMN and FEEL executed with Zeebe's semantics, its state in PostgreSQL. */
public final class Engine implements AutoCloseable {

  private final EngineConfiguration configuration;
  private volatile boolean running = true;

  private Engine(EngineConfiguration configuration) {
    this.configuration = configuration;
  }

  public static Engine start(EngineConfiguration configuration) {
    Flyway.configure()
        .dataSource(configuration.dataSource())
        .schemas(configuration.schema())
        .locations("classpath:db/engine")
        .load()
        .migrate();
    return new Engine(configuration);
  }

  public EngineClock clock() {
    return configuration.clock();
  }

  public boolean isHealthy() {
    return running;
  }

  /** The id of the last completed cluster change (a purge); -1 before any. */
  public long lastCompletedChangeId() {
    return -1;
  }

  @Override
  public void close() {
    running = false;
  }
}
