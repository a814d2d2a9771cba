package org.amends.engine.server.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.amends.engine.server.TestEngineServer;

/**
 * The run's summary line: how many REST responses were checked against the 8.8 schema and of how
 * many operations, with every violation (also those of tests that do not fail on them). Printed
 * once, when the test JVM's run ends, and written to {@code
 * target/response-conformance-<transport>.txt} ({@link ConformanceExtension} registers it).
 */
final class ConformanceSummary implements org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource {

  @Override
  public void close() {
    List<String> violations = ResponseConformance.all();
    StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
        "Response conformance (Camunda 8.8 schema): checked %,d responses of %d operations, %d violations",
        ResponseConformance.checked(), ResponseConformance.operations().size(), violations.size()));
    violations.stream().distinct().limit(100).forEach(violation -> summary.append("\n  ").append(violation));
    System.out.println(summary);
    write(summary.toString());
  }

  /** Also into the build's directory, one file per transport, where the lead finds it after a run. */
  private static void write(String summary) {
    Path file = Path.of("target", "response-conformance-"
        + TestEngineServer.Transport.current().name().toLowerCase(Locale.ROOT) + ".txt");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, summary + System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
