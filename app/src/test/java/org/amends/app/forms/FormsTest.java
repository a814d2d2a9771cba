package org.amends.app.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Camunda forms in {@code forms/} against the processes in {@code bpmn/} that use them.
 * Maven runs the app's tests with {@code app/} as the working directory.
 */
class FormsTest {

  private static final Path FORMS = Path.of("..", "forms");
  private static final Path BPMN = Path.of("..", "bpmn");

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * The variables each form must produce, because gateways, timers and workers read them.
   * A key inside a dynamic list or a group with a path is written {@code path.key}.
   */
  private static final Map<String, List<String>> EXPECTED_KEYS = Map.ofEntries(
      Map.entry("record-sentence", List.of("sentenced", "sentenceDate")),
      Map.entry("record-contact",
          List.of("contactOutcome", "acceptsResponsibility", "contactMethod", "contactedOn", "notes")),
      Map.entry("assess-risk", riskAssessmentKeys()),
      Map.entry("second-risk-assessment", riskAssessmentKeys()),
      Map.entry("record-consent", List.of("consentGiven", "consentDate", "consentScope")),
      Map.entry("allocate-facilitators", List.of("facilitatorIds", "allocationNotes")),
      Map.entry("record-preparation-meeting",
          List.of("preparationMeetingAt", "attendees", "notes", "updatedRisk")),
      Map.entry("choose-route", List.of("route", "routeReason")),
      Map.entry("record-indirect-exchange",
          List.of("exchangeMethod", "exchangeDate", "summary", "exchangeComplete")),
      Map.entry("arrange-meeting", List.of("meetingAt", "venue", "accessArrangements")),
      Map.entry("record-meeting", List.of("meetingHappened", "whatHappened", "attendees", "agreementReached")),
      Map.entry("record-outcome-agreement",
          List.of("actions", "actions.description", "actions.owner", "actions.dueAt", "agreementSummary")),
      Map.entry("check-action", List.of("actionCompleted", "checkNotes")));

  private static List<String> riskAssessmentKeys() {
    return List.of("riskOfFurtherHarm", "vulnerability", "safeguardingConcerns", "safeguardingDetails",
        "substanceMisuse", "mentalHealth", "accessNeeds", "interpreterLanguage",
        "riskOutcome", "conditions", "outcomeReason");
  }

  @Test
  void shouldHaveAFormForEveryUserTask() {
    Map<String, String> referenced = referencedFormIds();

    assertThat(referenced).as("form ids referenced by %s", BPMN.toAbsolutePath().normalize()).isNotEmpty();
    assertThat(referenced.entrySet())
        .filteredOn(e -> !Files.isRegularFile(formFile(e.getKey())))
        .as("forms referenced by a user task but missing from %s", FORMS.toAbsolutePath().normalize())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  void shouldBeValidFormJson(Path file) {
    assertThatCode(() -> JSON.readTree(file.toFile())).as("%s is valid JSON", file).doesNotThrowAnyException();

    JsonNode form = read(file);
    assertThat(form.isObject()).as("%s is a JSON object", file).isTrue();
    assertThat(form.path("type").asText()).as("%s type", file).isEqualTo("default");
    assertThat(form.path("components").isArray()).as("%s has a components list", file).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  void shouldBeNamedAfterItsId(Path file) {
    String name = file.getFileName().toString();

    assertThat(read(file).path("id").asText(null))
        .as("id of %s", name)
        .isEqualTo(name.substring(0, name.length() - ".form".length()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  void shouldNotRepeatComponentIdsOrKeys(Path file) {
    List<String> ids = new ArrayList<>();
    List<String> bindings = new ArrayList<>();
    collect(read(file).path("components"), "", ids, bindings);

    assertThat(ids).as("component ids in %s", file).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(bindings).as("keys and paths in %s", file).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedForms")
  void shouldHaveTheKeysTheProcessesRead(String formId) {
    Path file = formFile(formId);
    assertThat(file).as("form %s", formId).isRegularFile();

    List<String> bindings = new ArrayList<>();
    collect(read(file).path("components"), "", new ArrayList<>(), bindings);

    assertThat(bindings).as("keys in %s", file).containsAll(EXPECTED_KEYS.get(formId));
  }

  static Stream<Path> formFiles() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".form")).sorted().toList().stream();
    }
  }

  static Stream<String> expectedForms() {
    return EXPECTED_KEYS.keySet().stream().sorted();
  }

  /** formId to the process file that references it. */
  private static Map<String, String> referencedFormIds() {
    Map<String, String> formIds = new TreeMap<>();
    try (Stream<Path> files = Files.list(BPMN)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".bpmn")).sorted().toList()) {
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ZeebeFormDefinition.class).stream()
            .map(ZeebeFormDefinition::getFormId)
            .filter(id -> id != null && !id.isBlank())
            .forEach(id -> formIds.putIfAbsent(id, file.getFileName().toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return formIds;
  }

  /**
   * Walks the component tree the way form-js binds data: an input's {@code key} binds under the
   * path of the groups and dynamic lists around it; a container's {@code path} is itself bound.
   */
  private static void collect(JsonNode components, String prefix, List<String> ids, List<String> bindings) {
    for (JsonNode component : components) {
      ids.add(component.path("id").asText(null));
      String key = component.path("key").asText("");
      if (!key.isEmpty()) {
        bindings.add(prefix + key);
      }
      String path = component.path("path").asText("");
      if (!path.isEmpty()) {
        bindings.add(prefix + path);
      }
      if (component.has("components")) {
        collect(component.path("components"), path.isEmpty() ? prefix : prefix + path + ".", ids, bindings);
      }
    }
  }

  private static Path formFile(String formId) {
    return FORMS.resolve(formId + ".form");
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + " as JSON", e);
    }
  }
}
