package org.amends.engine.server;

import java.nio.file.Path;
import java.util.Arrays;
import org.amends.engine.retention.HistoryRetention;
import org.amends.engine.server.access.EngineCredential;
import javax.sql.DataSource;
import org.springframework.boot.convert.DurationStyle;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * {@code java -jar amends-engine.jar}: the engine server on its own. Settings come from system
 * properties or environment variables:
 *
 * <ul>
 *   <li>{@code AMENDS_ENGINE_AUTH_USERNAME} and {@code AMENDS_ENGINE_AUTH_PASSWORD}: the credential
 *       every request and gRPC call must carry (HTTP Basic); required, there is no default
 *   <li>{@code AMENDS_ENGINE_ALLOWED_HOSTS}: more names for the {@code Host} header, comma-separated
 *   <li>{@code AMENDS_ENGINE_PURGE_ENABLED} (false), {@code AMENDS_ENGINE_HISTORY_RETENTION} (P7Y)
 *   <li>{@code AMENDS_ENGINE_HOST} (127.0.0.1), {@code AMENDS_ENGINE_REST_PORT} (8088), {@code
 *       AMENDS_ENGINE_MANAGEMENT_PORT} (9600), {@code AMENDS_ENGINE_GRPC_PORT} (26500), {@code
 *       AMENDS_ENGINE_CLOCK_CONTROL} (false),
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
    EngineServerSettings[] read = new EngineServerSettings[1];
    StartupCheck.failFast(() -> read[0] = settings(env));
    EngineServerSettings settings = read[0];
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

  /** The server's settings; a missing credential or an unreadable value stops the start. */
  static EngineServerSettings settings(Settings env) {
    String username = env.get(EngineCredential.USERNAME_PROPERTY, null);
    String password = env.get(EngineCredential.PASSWORD_PROPERTY, null);
    if (username == null || password == null) {
      throw new StartupCheck.StartupProblem("the engine has no credential: set "
          + EngineCredential.USERNAME_VARIABLE + " and " + EngineCredential.PASSWORD_VARIABLE
          + " (clients send them with camunda.client.auth.method=basic)");
    }
    try {
      String longPollMax = env.get("amends.engine.long-poll-max", null);
      String allowedHosts = env.get("amends.engine.allowed-hosts", "");
      return EngineServerSettings.defaults(EngineCredential.basic(username, password))
          .withHost(env.get("amends.engine.host", EngineServerSettings.DEFAULT_HOST))
          .withPorts(
              Integer.parseInt(env.get("amends.engine.rest-port", "" + EngineServerSettings.DEFAULT_REST_PORT)),
              Integer.parseInt(env.get("amends.engine.management-port", "" + EngineServerSettings.DEFAULT_MANAGEMENT_PORT)),
              Integer.parseInt(env.get("amends.engine.grpc-port", "" + EngineServerSettings.DEFAULT_GRPC_PORT)))
          .withAllowedHosts(Arrays.stream(allowedHosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList())
          .withClockControl(Boolean.parseBoolean(env.get("amends.engine.clock-control", "false")))
          .withPurgeEnabled(Boolean.parseBoolean(env.get("amends.engine.purge-enabled", "false")))
          .withLongPollMax(longPollMax == null ? null : DurationStyle.detectAndParse(longPollMax))
          .withHistoryRetention(HistoryRetention.parse(env.get("amends.engine.history-retention", "P7Y")));
    } catch (IllegalArgumentException e) {
      throw new StartupCheck.StartupProblem(e.getMessage());
    }
  }

  /** A setting from a system property ({@code a.b-c}) or the environment ({@code A_B_C}). */
  static final class Settings {
    String get(String property, String fallback) {
      String value = System.getProperty(property);
      if (value == null) {
        value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
      }
      return value == null || value.isBlank() ? fallback : value;
    }
  }
}
