package org.amends.app.fault;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.amends.engine.server.LocalPostgres;

/**
 * What the kill-under-load run owns: its own PostgreSQL in a fresh directory, its own mail server
 * (GreenMail, which keeps every message it accepts, so the run can count them), the packaged
 * standalone engine ({@code engine/target/amends-engine.jar}) and the packaged app
 * ({@code app/target/amends.jar}) with {@code amends.engine.embedded=false}, pointed at that engine
 * with the standard {@code camunda.client.*} settings. Both processes share the database.
 */
final class FaultRig implements AutoCloseable {

  static final String PARTNER_KEY = "kill-test-" + secret();
  static final Duration START_WITHIN = Duration.ofMinutes(4);

  private final Path directory;
  private final LocalPostgres postgres;
  private final GreenMail mail;
  private final JarProcess engine;
  private final JarProcess app;
  private final int appPort = freePort();
  private final int restPort = freePort();
  private final String engineUser = "kill-test";
  private final String enginePassword = secret();

  FaultRig(Path directory) throws IOException {
    this.directory = directory;
    this.postgres = LocalPostgres.start(directory.resolve("postgres"));
    this.mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    this.mail.start();
    int grpcPort = freePort();
    this.engine = new JarProcess("engine", Path.of("..", "engine", "target", "amends-engine.jar"), List.of(),
        Map.of(
            "AMENDS_ENGINE_REST_PORT", Integer.toString(restPort),
            "AMENDS_ENGINE_MANAGEMENT_PORT", Integer.toString(freePort()),
            "AMENDS_ENGINE_GRPC_PORT", Integer.toString(grpcPort),
            "AMENDS_ENGINE_AUTH_USERNAME", engineUser,
            "AMENDS_ENGINE_AUTH_PASSWORD", enginePassword,
            "SPRING_DATASOURCE_URL", postgres.jdbcUrl(),
            "SPRING_DATASOURCE_USERNAME", "postgres"),
        directory.resolve("engine.log"),
        URI.create("http://127.0.0.1:" + restPort + "/v2/topology"), basicHeader());
    this.app = new JarProcess("app", Path.of("target", "amends.jar"), List.of("--spring.profiles.active=dev"),
        Map.ofEntries(
            Map.entry("SERVER_PORT", Integer.toString(appPort)),
            Map.entry("SPRING_DATASOURCE_URL", postgres.jdbcUrl()),
            Map.entry("SPRING_DATASOURCE_USERNAME", "postgres"),
            Map.entry("AMENDS_ENGINE_EMBEDDED", "false"),
            Map.entry("CAMUNDA_CLIENT_REST_ADDRESS", "http://127.0.0.1:" + restPort),
            Map.entry("CAMUNDA_CLIENT_GRPC_ADDRESS", "http://127.0.0.1:" + grpcPort),
            Map.entry("CAMUNDA_CLIENT_AUTH_METHOD", "basic"),
            Map.entry("CAMUNDA_CLIENT_AUTH_USERNAME", engineUser),
            Map.entry("CAMUNDA_CLIENT_AUTH_PASSWORD", enginePassword),
            Map.entry("AMENDS_MAIL_CATCHER_ENABLED", "false"),
            Map.entry("SPRING_MAIL_HOST", "127.0.0.1"),
            Map.entry("SPRING_MAIL_PORT", Integer.toString(mail.getSmtp().getPort())),
            Map.entry("AMENDS_SECURITY_PARTNERS_0_NAME", "Kill Test Police"),
            Map.entry("AMENDS_SECURITY_PARTNERS_0_SOURCE", "POLICE"),
            Map.entry("AMENDS_SECURITY_PARTNERS_0_API_KEY", PARTNER_KEY),
            Map.entry("AMENDS_INTAKE_JOURNEY_START_POLL", "PT0.5S")),
        directory.resolve("app.log"),
        URI.create("http://127.0.0.1:" + appPort + "/login"), null);
  }

  /** Starts the engine, then the app. */
  void start() throws IOException, InterruptedException {
    Files.createDirectories(directory);
    engine.start(START_WITHIN);
    app.start(START_WITHIN);
  }

  JarProcess engine() {
    return engine;
  }

  JarProcess app() {
    return app;
  }

  URI appAddress() {
    return URI.create("http://127.0.0.1:" + appPort);
  }

  GreenMail mail() {
    return mail;
  }

  DataSource database() {
    return postgres.dataSource();
  }

  Path directory() {
    return directory;
  }

  /** A client for the engine's REST API with its credential: what an operator (Operate) sees. */
  CamundaClient operator() {
    return CamundaClient.newClientBuilder()
        .restAddress(URI.create("http://127.0.0.1:" + restPort))
        .preferRestOverGrpc(true)
        .defaultRequestTimeout(Duration.ofSeconds(30))
        .credentialsProvider(CredentialsProvider.newBasicAuthCredentialsProviderBuilder()
            .username(engineUser).password(enginePassword).build())
        .build();
  }

  @Override
  public void close() throws Exception {
    try {
      app.stop();
    } finally {
      try {
        engine.stop();
      } finally {
        mail.stop();
        postgres.close();
      }
    }
  }

  private String basicHeader() {
    return "Basic " + Base64.getEncoder().encodeToString(
        (engineUser + ":" + enginePassword).getBytes(StandardCharsets.UTF_8));
  }

  private static String secret() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
