package org.amends.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

class FormLintTest {

  private static final String PROCESS = Bpmn.convertToString(Bpmn.createExecutableProcess("p")
      .startEvent("Start").name("Start")
      .userTask("Contact").name("Record contact").zeebeUserTask().zeebeFormId("record-contact")
      .exclusiveGateway("Reached").name("Reached them?")
      .sequenceFlowId("Yes").condition("Yes", "=contactMade = true").endEvent("Done").name("Done")
      .moveToNode("Reached").sequenceFlowId("No").condition("No", "=not(contactMade)").endEvent("Stop").name("Stop")
      .done());

  private static final String FORM = """
      {"id": "record-contact", "type": "default", "components": [
        {"type": "checkbox", "key": "contactMade", "label": "Contact made"},
        {"type": "group", "components": [{"type": "textfield", "key": "notes", "label": "Notes"}]}]}""";

  @Test
  void shouldRefuseAFormThatDropsAFieldTheProcessReads() {
    String without = FORM.replace("\"key\": \"contactMade\"", "\"key\": \"reached\"");

    assertThat(FormLint.check(FORM, without, PROCESS))
        .containsExactly("The field 'contactMade' is no longer in the form, but the step 'Yes' reads it");
  }

  @Test
  void shouldAcceptAFormThatDropsAFieldNothingReads() {
    String withoutNotes = FORM.replace("\"key\": \"notes\"", "\"key\": \"comments\"");

    assertThat(FormLint.check(FORM, withoutNotes, PROCESS)).isEmpty();
    assertThat(FormLint.keys(FORM)).containsExactly("contactMade", "notes");
  }
}
