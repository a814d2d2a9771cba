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
 * A diagram opened in the modeler and saved unchanged compares equal to the original: the bundled
 * diagrams, written by Zeebe's model API, go through what camunda-bpmn-js's saveXML writes
 * (bpmn-moddle with camunda-bpmn-js's own zeebe-bpmn-moddle, run by Node:
 * src/main/frontend/save-bpmn.mjs), which drops isSequential="false", reorders attributes and
 * re-indents. Real edits made on top of the re-saved diagram are still listed, and only they.
 */
class ModelerRoundTripTest {

  private static final Path BPMN = Path.of("..", "bpmn");

  @Test
  void shouldListNoChangesForABundledDiagramTheModelerSavedUnchanged() throws Exception {
    JsonNode saved = saved(bundledDiagrams());

    assertThat(saved.size()).as("diagrams saved").isEqualTo(bundledDiagrams().size());
    for (Path file : bundledDiagrams()) {
      String original = Files.readString(file);
      String resaved = saved.get(file.toString()).asText();
      assertThat(resaved).as(file + " written differently").isNotEqualTo(original);
      assertThat(ChangeList.between(original, resaved)).as(file + " compared with itself re-saved").isEmpty();
    }
    // the multi-instance call activities, whose default the modeler leaves out
    String journey = Files.readString(BPMN.resolve("restorative-justice-case.bpmn"));
    assertThat(journey).contains("isSequential=\"false\"");
    assertThat(saved.get(BPMN.resolve("restorative-justice-case.bpmn").toString()).asText())
        .doesNotContain("isSequential").contains("zeebe:calledElement");
  }

  @Test
  void shouldListTheBrowserTestsThreeChangesAndNothingElseAfterARoundTrip() throws Exception {
    Path file = BPMN.resolve("restorative-justice-case.bpmn");
    String original = Files.readString(file);
    String edited = saved(List.of(file)).get(file.toString()).asText()
        .replace("name=\"Assess risk\"", "name=\"Assess risk and needs\"")
        .replace(">P14D<", ">P21D<")
        .replace("type=\"send-satisfaction-surveys\"", "type=\"send-surveys\"");

    assertThat(ChangeList.between(original, edited)).extracting(Change::sentence).containsExactlyInAnyOrder(
        "Renamed the user task 'Assess risk' to 'Assess risk and needs'",
        "Changed the timer 'Two weeks for replies' from P14D to P21D",
        "Changed the job type of the service task 'Send satisfaction surveys' from send-satisfaction-surveys to send-surveys");
  }

  @Test
  void shouldStillSeeARealChangeToAMultiInstanceOrACallActivity() throws Exception {
    Path file = BPMN.resolve("restorative-justice-case.bpmn");
    String original = Files.readString(file);
    String resaved = saved(List.of(file)).get(file.toString()).asText();

    String sequential = resaved.replaceFirst("<multiInstanceLoopCharacteristics ",
        "<multiInstanceLoopCharacteristics isSequential=\"true\" ");
    String propagating = resaved.replace("processId=\"informed-consent\" propagateAllChildVariables=\"false\"",
        "processId=\"informed-consent\"");

    assertThat(ChangeList.between(original, sequential)).extracting(Change::sentence)
        .containsExactly("Changed the settings of the call activity 'Contact each party'");
    assertThat(ChangeList.between(original, propagating)).extracting(Change::sentence)
        .containsExactly("Changed the settings of the call activity 'Record each party's consent'");
  }

  @Test
  void shouldCompareWhatTheXmlMeansNotHowItIsWritten() {
    // the same multi-instance call activity: prefixed or default namespace, default written out
    // or left out, attributes and child kinds in another order, other whitespace
    String written = diagram("", "<callActivity id=\"Call\" name=\"Call\">"
        + "<extensionElements><zeebe:calledElement processId=\"p\" propagateAllChildVariables=\"true\"/>"
        + "<zeebe:ioMapping><zeebe:input source=\"=a\" target=\"a\"/><zeebe:input source=\"=a + 1\" target=\"b\"/></zeebe:ioMapping>"
        + "</extensionElements>"
        + "<multiInstanceLoopCharacteristics id=\"mi1\" isSequential=\"false\"><loopCardinality xsi:type=\"tFormalExpression\">= 3</loopCardinality>"
        + "</multiInstanceLoopCharacteristics></callActivity>");
    String saved = diagram("bpmn:", "<bpmn:callActivity name=\"Call\" id=\"Call\">"
        + "<bpmn:extensionElements>\n  <zeebe:ioMapping><zeebe:input source=\"=a\" target=\"a\"/>"
        + "<zeebe:input target=\"b\" source=\"=a + 1\"/></zeebe:ioMapping>\n"
        + "  <zeebe:calledElement processId=\"p\"/>\n</bpmn:extensionElements>"
        + "<bpmn:multiInstanceLoopCharacteristics id=\"mi2\"><bpmn:loopCardinality xsi:type=\"bpmn:tFormalExpression\">\n  = 3\n"
        + "</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:callActivity>");
    String swapped = saved.replace("<zeebe:input source=\"=a\" target=\"a\"/><zeebe:input target=\"b\" source=\"=a + 1\"/>",
        "<zeebe:input target=\"b\" source=\"=a + 1\"/><zeebe:input source=\"=a\" target=\"a\"/>");

    assertThat(ChangeList.between(written, saved)).isEmpty();
    // the order of the input mappings matters (b reads a): that is a change
    assertThat(ChangeList.between(written, swapped)).extracting(Change::sentence)
        .containsExactly("Changed the settings of the call activity 'Call'");
  }

  private static String diagram(String prefix, String element) {
    String namespace = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix.substring(0, prefix.length() - 1);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + prefix + "definitions " + namespace
        + "=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:zeebe=\"http://camunda.org/schema/zeebe/1.0\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"d\" targetNamespace=\"t\">"
        + "<" + prefix + "process id=\"p\" isExecutable=\"true\">" + element + "</" + prefix + "process></"
        + prefix + "definitions>";
  }

  private static List<Path> bundledDiagrams() throws IOException {
    try (Stream<Path> files = Files.list(BPMN)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  /** File → the XML the modeler saves for it. */
  private static JsonNode saved(List<Path> files) throws Exception {
    List<String> command = new ArrayList<>(List.of("node", "src/main/frontend/save-bpmn.mjs"));
    files.forEach(f -> command.add(f.toString()));
    Process node = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor()).as("node's exit code").isZero();
    return new ObjectMapper().readTree(output);
  }
}
