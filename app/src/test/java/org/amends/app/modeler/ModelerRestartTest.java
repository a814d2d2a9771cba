package org.amends.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.amends.app.AmendsApplication;
import org.amends.app.EmbeddedEngineTestSupport;
import org.amends.app.modeler.Draft.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app started twice on the same data directory, as a restart: a manager's draft is still
 * there, and the bundled files deployed again at start-up do not replace a version a manager
 * deployed from the modeler.
 */
class ModelerRestartTest {

  @TempDir Path data;

  @Test
  void shouldKeepDraftsAndTheManagersLiveVersionAcrossARestart() {
    String meeting = BundledFiles.read("bpmn/meeting.bpmn").orElseThrow()
        .replace("name=\"Arrange the meeting\"", "name=\"Arrange the meeting or conference\"");
    String closure = BundledFiles.read("bpmn/case-closure.bpmn").orElseThrow()
        .replace("name=\"Tell the referrer\"", "name=\"Tell the referrer the outcome\"");
    int managersVersion;
    try (ConfigurableApplicationContext first = start()) {
      assertThat(data.resolve("PG_VERSION")).as("the test's own data directory holds the database").exists();
      Drafts drafts = first.getBean(Drafts.class);
      drafts.save(Kind.PROCESS, "meeting", meeting, 0, "manager");
      DeployOutcome deployed = first.getBean(ProcessDeployer.class).deploy("meeting", "Say conference too", "manager");
      assertThat(deployed.succeeded()).as(String.valueOf(deployed.problem())).isTrue();
      managersVersion = deployed.version();
      drafts.save(Kind.PROCESS, "case-closure", closure, 0, "manager");
    }

    try (ConfigurableApplicationContext second = start()) {
      assertThat(second.getBean(Drafts.class).find(Kind.PROCESS, "case-closure")).get()
          .satisfies(d -> assertThat(d.content()).isEqualTo(closure))
          .satisfies(d -> assertThat(d.savedBy()).isEqualTo("manager"));
      ProcessVersion live = second.getBean(ProcessCatalogue.class).live("meeting").orElseThrow();
      assertThat(live.version()).isEqualTo(managersVersion);
      assertThat(live.deployedBy()).isEqualTo("manager");
      assertThat(live.comment()).isEqualTo("Say conference too");
    }
  }

  private static String environmentOr(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }

  private ConfigurableApplicationContext start() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", 0);
    properties.put("amends.engine.rest-port", EmbeddedEngineTestSupport.freePort());
    properties.put("amends.engine.management-port", EmbeddedEngineTestSupport.freePort());
    properties.put("amends.engine.grpc-port", EmbeddedEngineTestSupport.freePort());
    properties.put("amends.postgres.data-dir", data.toString());
    properties.put("amends.mail.catcher.enabled", false);
    properties.put("spring.mail.port", EmbeddedEngineTestSupport.freePort());
    properties.put("amends.engine.long-poll-max", "1s");
    properties.put("camunda.client.auth.method", "basic");
    // the client's variables (set by the surefire configuration) win over its properties: use them
    properties.put("camunda.client.auth.username", environmentOr("CAMUNDA_BASIC_AUTH_USERNAME", "restart-test"));
    properties.put("camunda.client.auth.password", environmentOr("CAMUNDA_BASIC_AUTH_PASSWORD", "restart-test-password"));
    // as command-line arguments: the builder's own properties are defaults, below application.yml,
    // whose data directory (the user's ~/.amends/postgres) and ports would win over the test's
    return new SpringApplicationBuilder(AmendsApplication.class)
        .profiles("dev")
        .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
  }
}
