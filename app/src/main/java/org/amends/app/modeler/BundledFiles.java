package org.amends.app.modeler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;

/** The processes, decisions and forms shipped in the jar (bpmn/, forms/). */
final class BundledFiles {

  private BundledFiles() {}

  static Optional<String> form(String formId) {
    return read("forms/" + formId + ".form");
  }

  static Optional<String> read(String path) {
    ClassPathResource resource = new ClassPathResource(path);
    if (!resource.exists()) {
      return Optional.empty();
    }
    try {
      return Optional.of(resource.getContentAsString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + path, e);
    }
  }
}
