package org.amends.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Spring tests run the real app: embedded PostgreSQL in a fresh directory and the engine
 * in-process, on free ports so that tests never collide with a running app.
 */
public abstract class EmbeddedEngineTestSupport {

  private static final int REST_PORT = freePort();
  private static final int MANAGEMENT_PORT = freePort();
  private static final Path DATA_DIRECTORY = temporaryDirectory();

  @DynamicPropertySource
  static void engineProperties(DynamicPropertyRegistry registry) {
    registry.add("amends.engine.rest-port", () -> REST_PORT);
    registry.add("amends.engine.management-port", () -> MANAGEMENT_PORT);
    registry.add("amends.engine.clock-control", () -> true);
    registry.add("amends.postgres.data-dir", DATA_DIRECTORY::toString);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("amends-test-postgres");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
