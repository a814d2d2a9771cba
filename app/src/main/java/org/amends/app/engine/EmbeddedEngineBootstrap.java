package org.amends.app.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.amends.engine.retention.HistoryRetention;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.server.LocalPostgres;
import org.amends.engine.server.StartupCheck;
import org.amends.engine.server.access.EngineCredential;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place the app touches the engine's code: on one machine it starts a real PostgreSQL
 * (when no datasource is configured) and the engine server in-process. Everything else talks to
 * the engine through the Camunda client, so switching this off ({@code
 * amends.engine.embedded=false}) and pointing {@code camunda.client.*} at a Camunda 8 cluster is
 * all it takes to run there.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedEngineBootstrap {

  static final String DATASOURCE_URL = "spring.datasource.url";

  /** Fails the start with one line when a port is taken or the configured database is down. */
  public static void preflight(Environment env) {
    StartupCheck.failFast(
        () -> {
          StartupCheck.portFree(
              env.getProperty("server.address", "0.0.0.0"),
              env.getProperty("server.port", Integer.class, 8080),
              "server.port");
          if (engineEmbedded(env)) {
            String host = env.getProperty("amends.engine.host", EngineServerSettings.DEFAULT_HOST);
            StartupCheck.portFree(host, restPort(env), "amends.engine.rest-port");
            StartupCheck.portFree(host, managementPort(env), "amends.engine.management-port");
            StartupCheck.portFree(host, grpcPort(env), "amends.engine.grpc-port");
          }
          String url = env.getProperty(DATASOURCE_URL);
          if (url != null && !url.isBlank()) {
            StartupCheck.databaseReachable(
                url,
                env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"));
          }
        });
  }

  @Bean(destroyMethod = "close")
  @Conditional(NoDatasourceConfigured.class)
  LocalPostgres localPostgres(Environment env) {
    Path dataDirectory =
        Path.of(
            env.getProperty(
                "amends.postgres.data-dir",
                Path.of(System.getProperty("user.home"), ".amends", "postgres").toString()));
    System.out.println("Embedded PostgreSQL data directory: " + dataDirectory.toAbsolutePath());
    return LocalPostgres.start(dataDirectory);
  }

  @Bean
  @Conditional(NoDatasourceConfigured.class)
  DataSource dataSource(LocalPostgres postgres) {
    return postgres.dataSource();
  }

  /** The engine's credential, shared with the app's Camunda client (see the class). */
  @Bean
  @ConditionalOnProperty(name = "amends.engine.embedded", havingValue = "true", matchIfMissing = true)
  static EmbeddedEngineCredential embeddedEngineCredential() {
    return new EmbeddedEngineCredential();
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(name = "amends.engine.embedded", havingValue = "true", matchIfMissing = true)
  EngineServer embeddedEngine(DataSource dataSource, Environment env) {
    return EngineServer.start(engineSettings(env), dataSource, false);
  }

  /**
   * On shutdown the app's job workers close before or after the engine, in no set order; the
   * engine answers their long polls at once so that closing them never waits for a poll to run out.
   */
  @Bean
  @ConditionalOnProperty(name = "amends.engine.embedded", havingValue = "true", matchIfMissing = true)
  ApplicationListener<ContextClosedEvent> releaseWaitingWorkers(EngineServer engine) {
    return event -> engine.engine().jobs().stopLongPolling();
  }

  private static boolean engineEmbedded(Environment env) {
    return env.getProperty("amends.engine.embedded", Boolean.class, true);
  }

  private static int restPort(Environment env) {
    return env.getProperty("amends.engine.rest-port", Integer.class, EngineServerSettings.DEFAULT_REST_PORT);
  }

  private static int managementPort(Environment env) {
    return env.getProperty(
        "amends.engine.management-port", Integer.class, EngineServerSettings.DEFAULT_MANAGEMENT_PORT);
  }

  private static int grpcPort(Environment env) {
    return env.getProperty("amends.engine.grpc-port", Integer.class, EngineServerSettings.DEFAULT_GRPC_PORT);
  }

  private static EngineServerSettings engineSettings(Environment env) {
    EngineCredential credential = EngineCredential.basic(
        env.getProperty(EmbeddedEngineCredential.USERNAME), env.getProperty(EmbeddedEngineCredential.PASSWORD));
    return EngineServerSettings.defaults(credential)
        .withHost(env.getProperty("amends.engine.host", EngineServerSettings.DEFAULT_HOST))
        .withPorts(restPort(env), managementPort(env), grpcPort(env))
        .withAllowedHosts(List.of(env.getProperty("amends.engine.allowed-hosts", String[].class, new String[0])))
        .withClockControl(env.getProperty("amends.engine.clock-control", Boolean.class, false))
        .withPurgeEnabled(env.getProperty("amends.engine.purge-enabled", Boolean.class, false))
        .withLongPollMax(env.getProperty("amends.engine.long-poll-max", Duration.class))
        .withHistoryRetention(HistoryRetention.parse(env.getProperty("amends.engine.history-retention", "P7Y")));
  }

  /** True when no external PostgreSQL is configured, so the embedded one is used. */
  static final class NoDatasourceConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      String url = context.getEnvironment().getProperty(DATASOURCE_URL);
      return url == null || url.isBlank();
    }
  }
}
