package org.amends.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Spring tests run the real app: embedded PostgreSQL in a fresh directory and the engine
 * in-process, on free ports, so that tests never collide with a running app (nor with its mail
 * catcher). Each application context gets its own ports and data directory (Spring calls this
 * once per context it builds). They run with the development profile, asked for explicitly (no
 * profile is production): its accounts (password "amends") sign in, on loopback only.
 */
@ActiveProfiles("dev")
public abstract class EmbeddedEngineTestSupport {

  private static final String TEST_USERNAME = environmentOr("CAMUNDA_BASIC_AUTH_USERNAME", "amends-test");
  private static final String TEST_PASSWORD =
      environmentOr("CAMUNDA_BASIC_AUTH_PASSWORD", java.util.UUID.randomUUID().toString());

  private static String environmentOr(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }

  @DynamicPropertySource
  static void engineProperties(DynamicPropertyRegistry registry) {
    register(registry, false);
  }

  /**
   * The properties of a test's app; {@code mailCatcher} runs the app's own mail catcher (on
   * spring.mail.port, which the caller then sets to a free port), for a test that does not
   * extend this class.
   */
  public static void register(DynamicPropertyRegistry registry, boolean mailCatcher) {
    int restPort = freePort();
    int managementPort = freePort();
    int grpcPort = freePort();
    String dataDirectory = temporaryDataDirectory().toString();
    registry.add("amends.engine.rest-port", () -> restPort);
    registry.add("amends.engine.management-port", () -> managementPort);
    registry.add("amends.engine.grpc-port", () -> grpcPort);
    registry.add("amends.engine.clock-control", () -> true);
    // Camunda Process Test deletes the engine's data after each test.
    registry.add("amends.engine.purge-enabled", () -> true);
    // The app's Camunda client uses the engine credential as any user configures it; the embedded
    // engine takes the same one. Camunda Process Test's own client (remote, self-managed) reads
    // only the client's environment variables, CAMUNDA_BASIC_AUTH_USERNAME and _PASSWORD, which
    // the surefire configuration sets; without them (a run from an IDE) a random one will do for
    // every test but the process tests.
    registry.add("camunda.client.auth.method", () -> "basic");
    registry.add("camunda.client.auth.username", () -> TEST_USERNAME);
    registry.add("camunda.client.auth.password", () -> TEST_PASSWORD);
    // Camunda Process Test closes its client after each test, and closing waits for the job
    // workers' long polls to be answered: hold them one second at most, not the ten asked for.
    registry.add("amends.engine.long-poll-max", () -> "1s");
    registry.add("amends.postgres.data-dir", () -> dataDirectory);
    // Monitoring's import is run by the tests that need it (HistoryImport.runOnce), not on a timer
    // that would read the engine under every other test.
    registry.add("amends.monitoring.import.enabled", () -> false);
    // No mail catcher on the shared default port: a test that sends email runs its own GreenMail
    // on a free port and points spring.mail.* at it.
    registry.add("amends.mail.catcher.enabled", () -> mailCatcher);
    // The tests sign in many times from one address; SignInThrottleTest checks the limit itself (AddressThrottle).
    registry.add("amends.security.sign-in.attempts-per-address", () -> 10_000);
    // Camunda Process Test (remote runtime) drives the same embedded engine.
    registry.add("camunda.process-test.remote.client.rest-address", () -> "http://127.0.0.1:" + restPort);
    registry.add("camunda.process-test.remote.client.grpc-address", () -> "http://127.0.0.1:" + grpcPort);
    registry.add("camunda.process-test.remote.camunda-monitoring-api-address", () -> "http://127.0.0.1:" + managementPort);
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fresh PostgreSQL data directory for one test app, under the module's {@code target}: the
   * app keeps its data directory when it stops, as it must in production, and a test suite starts
   * dozens of them (hundreds of megabytes each); under {@code /tmp} they outlived every run and
   * filled the disk, under {@code target} a clean or a new clone takes them away.
   */
  public static Path temporaryDataDirectory() {
    try {
      Path parent = Files.createDirectories(Path.of("target", "test-postgres"));
      return Files.createTempDirectory(parent.toAbsolutePath(), "amends-test-postgres");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
