package org.amends.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled diagrams (bpmn/) pass bpmnlint as the modeler lints them: bpmnlint:recommended and
 * Camunda 8.8 compatibility (plugin:camunda-compat/camunda-cloud-8-8) report no error, and no
 * element overlaps another. Runs the npm packages with Node (src/main/frontend/lint-bpmn.mjs).
 */
class BundledDiagramsLintTest {

  private static final Path BPMN = Path.of("..", "bpmn");

  @Test
  void shouldFindNoErrorsAndNoOverlappingElementsInTheBundledDiagrams() throws Exception {
    JsonNode results = lint(bundledDiagrams());

    List<String> problems = new ArrayList<>();
    results.fields().forEachRemaining(file -> file.getValue().forEach(p -> {
      if ("error".equals(p.get("category").asText()) || "no-overlapping-elements".equals(p.get("rule").asText())) {
        problems.add(file.getKey() + ": " + p.get("id").asText() + " " + p.get("rule").asText() + ": " + p.get("message").asText());
      }
    }));
    System.out.println("bpmnlint on " + results.size() + " diagrams: " + results);
    assertThat(results.size()).as("diagrams linted").isEqualTo(bundledDiagrams().size());
    assertThat(problems).as("bpmnlint errors and overlapping elements").isEmpty();
  }

  @Test
  void shouldReportAnOverlapAndAMissingJobType() throws Exception {
    // the lint can fail: a service task without a job type, lying on top of the start event
    Path broken = Files.createTempFile("broken", ".bpmn");
    Files.writeString(broken, """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn"
            modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.8.0">
          <bpmn:process id="broken" isExecutable="true">
            <bpmn:startEvent id="Start"/>
            <bpmn:serviceTask id="Task" name="No job type"/>
          </bpmn:process>
          <bpmndi:BPMNDiagram id="di"><bpmndi:BPMNPlane id="plane" bpmnElement="broken">
            <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_di" bpmnElement="Task"><dc:Bounds x="90" y="90" width="100" height="80"/></bpmndi:BPMNShape>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """);

    JsonNode problems = lint(List.of(broken)).elements().next();

    List<String> rules = new ArrayList<>();
    problems.forEach(p -> rules.add(p.get("category").asText() + " " + p.get("rule").asText() + " " + p.get("id").asText()));
    assertThat(rules).contains("warn no-overlapping-elements Task", "error camunda-compat/implementation Task");
  }

  private static List<Path> bundledDiagrams() throws IOException {
    try (Stream<Path> files = Files.list(BPMN)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  private static JsonNode lint(List<Path> files) throws Exception {
    List<String> command = new ArrayList<>(List.of("node", "src/main/frontend/lint-bpmn.mjs"));
    files.forEach(f -> command.add(f.toString()));
    Process node = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor()).as("node's exit code").isZero();
    return new ObjectMapper().readTree(output);
  }
}
