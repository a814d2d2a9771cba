package org.amends.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from npm, app/node_modules) on the page in the browser against WCAG 2.2 A and
 * AA, and returns the serious and critical violations as readable lines.
 */
final class Axe {

  private static final String SOURCE = read(Path.of("node_modules", "axe-core", "axe.min.js"));
  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
        .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            targets: v.nodes.map(n => n.target.join(' ')).join(', ')}))))
        .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]));
      """;

  private Axe() {}

  /** Serious and critical violations on the current page; empty when there are none. */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(SOURCE);
    List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
    return violations.stream()
        .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
        .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("targets"))
        .collect(Collectors.toList());
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core is installed by npm during the build: " + path.toAbsolutePath(), e);
    }
  }
}
