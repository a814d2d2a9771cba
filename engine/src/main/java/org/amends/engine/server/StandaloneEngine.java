package org.amends.engine.server;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.convert.DurationStyle;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * {@code java -jar amends-engine.jar}: the engine server on its own. Settings come from system
 * properties or environment variables:
 *
 * <ul>
 *   <li>{@code AMENDS_ENGINE_HOST} (127.0.0.1), {@code AMENDS_ENGINE_REST_PORT} (8088), {@code
 *       AMENDS_ENGINE_MANAGEMENT_PORT} (9600), {@code AMENDS_ENGINE_GRPC_PORT} (26500), {@code AMENDS_ENGINE_CLOCK_CONTROL} (false),
 *       {@code AMENDS_ENGINE_LONG_POLL_MAX} (unset: a job activation waits as long as it asks)
 *   <li>{@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}: an external
 *       PostgreSQL; otherwise an embedded one with data in {@code AMENDS_ENGINE_DATA_DIR}
 *       (~/.amends/engine-postgres)
 * </ul>
 */
public final class StandaloneEngine {

  private StandaloneEngine() {}

  public static void main(String[] args) {
    Settings env = new Settings();
    EngineServerSettings settings =
        new EngineServerSettings(
            env.get("amends.engine.host", EngineServerSettings.DEFAULT_HOST),
            Integer.parseInt(
                env.get("amends.engine.rest-port", "" + EngineServerSettings.DEFAULT_REST_PORT)),
            Integer.parseInt(
                env.get(
                    "amends.engine.management-port",
                    "" + EngineServerSettings.DEFAULT_MANAGEMENT_PORT)),
            Integer.parseInt(
                env.get("amends.engine.grpc-port", "" + EngineServerSettings.DEFAULT_GRPC_PORT)),
            Boolean.parseBoolean(env.get("amends.engine.clock-control", "false")),
            env.get("amends.engine.long-poll-max", null) == null
                ? null
                : DurationStyle.detectAndParse(env.get("amends.engine.long-poll-max", null)));
    StartupCheck.failFast(
        () -> {
          StartupCheck.portFree(settings.host(), settings.restPort(), "amends.engine.rest-port");
          StartupCheck.portFree(
              settings.host(), settings.managementPort(), "amends.engine.management-port");
          StartupCheck.portFree(settings.host(), settings.grpcPort(), "amends.engine.grpc-port");
        });
    String url = env.get("spring.datasource.url", null);
    DataSource dataSource;
    if (url != null) {
      String user = env.get("spring.datasource.username", null);
      String password = env.get("spring.datasource.password", null);
      StartupCheck.failFast(() -> StartupCheck.databaseReachable(url, user, password));
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setUsername(user);
      config.setPassword(password);
      config.setPoolName("amends-engine");
      dataSource = new HikariDataSource(config);
    } else {
      Path dir =
          Path.of(
              env.get(
                  "amends.engine.data-dir",
                  Path.of(System.getProperty("user.home"), ".amends", "engine-postgres").toString()));
      System.out.println("Embedded PostgreSQL data directory: " + dir);
      LocalPostgres postgres = LocalPostgres.start(dir);
      dataSource = postgres.dataSource();
      Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "embedded-postgres-stop"));
    }
    EngineServer server = EngineServer.start(settings, dataSource, true);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "engine-stop"));
    System.out.println("Amends engine REST API:  " + server.restAddress() + "/v2");
    System.out.println("Amends engine gateway (gRPC): " + server.grpcAddress());
    System.out.println("Amends engine management: " + server.managementAddress() + "/actuator");
  }

  /** A setting from a system property ({@code a.b-c}) or the environment ({@code A_B_C}). */
  private static final class Settings {
    String get(String property, String fallback) {
      String value = System.getProperty(property);
      if (value == null) {
        value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
      }
      return value == null || value.isBlank() ? fallback : value;
    }
  }
}
