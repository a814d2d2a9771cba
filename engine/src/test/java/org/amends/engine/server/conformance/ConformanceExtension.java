package org.amends.engine.server.conformance;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test whose REST calls got a response that does not conform to the 8.8 schema, listing
 * each violation with its operation and JSON path. Violations from before the test (tests
 * without this extension) are left to the run's summary rather than blamed on this one.
 */
public final class ConformanceExtension implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(ConformanceSummary.class);
    ResponseConformance.drain();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> violations = ResponseConformance.drain();
    if (!violations.isEmpty()) {
      throw new AssertionError("REST responses that do not conform to the Camunda 8.8 schema:\n  "
          + String.join("\n  ", violations));
    }
  }
}
