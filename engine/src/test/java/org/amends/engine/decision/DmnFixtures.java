package org.amends.engine.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the DMN fixtures under src/test/resources/decision, one per scenario. */
final class DmnFixtures {

  private DmnFixtures() {}

  static byte[] read(String resourceName) {
    try (InputStream in = DmnFixtures.class.getResourceAsStream("/decision/" + resourceName)) {
      if (in == null) {
        throw new IllegalArgumentException("No DMN fixture named " + resourceName);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedDecisionRequirements parse(DecisionEngine engine, String resourceName) {
    return engine.parse(resourceName, read(resourceName));
  }
}
