package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Which version a call activity, business rule task or user task form uses: bindingType and versionTag. */
class BindingApiTest extends ApiTestSupport {

  private static BpmnModelInstance child(String processId, String versionTag, String taskName) {
    var builder = Bpmn.createExecutableProcess(processId);
    if (versionTag != null) {
      builder.versionTag(versionTag);
    }
    return builder.startEvent()
        .userTask("UserTask_Child", u -> u.zeebeUserTask().name(taskName))
        .endEvent().done();
  }

  private static BpmnModelInstance parent(String processId, String childId, ZeebeBindingType binding, String versionTag) {
    return Bpmn.createExecutableProcess(processId).startEvent()
        .callActivity("CallActivity_Child", c -> {
          c.zeebeProcessId(childId).zeebeBindingType(binding);
          if (versionTag != null) {
            c.zeebeVersionTag(versionTag);
          }
        })
        .endEvent().done();
  }

  private static String xml(BpmnModelInstance model) {
    return Bpmn.convertToString(model);
  }

  private static List<ProcessInstance> childInstances(long parent) {
    AtomicReference<List<ProcessInstance>> found = new AtomicReference<>(List.of());
    await(() -> {
      found.set(client.newProcessInstanceSearchRequest().filter(f -> f.parentProcessInstanceKey(parent))
          .send().join().items());
      return !found.get().isEmpty();
    });
    return found.get();
  }

  private static String activeIncidentMessage(long instance) {
    String[] message = new String[1];
    await(() -> {
      var incidents = client.newIncidentSearchRequest()
          .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE)).send().join().items();
      message[0] = incidents.isEmpty() ? null : incidents.get(0).getErrorMessage();
      return message[0] != null;
    });
    return message[0];
  }

  @Test
  void shouldCallTheProcessDeployedTogetherWithBindingTypeDeployment() {
    // given the parent deployed with version 1 of the child, then a version 2 of the child
    String parentId = uniqueId("Process_Parent");
    String childId = uniqueId("Process_Child");
    client.newDeployResourceCommand()
        .addResourceString(xml(parent(parentId, childId, ZeebeBindingType.deployment, null)), StandardCharsets.UTF_8, parentId + ".bpmn")
        .addResourceString(xml(child(childId, null, "first")), StandardCharsets.UTF_8, childId + ".bpmn")
        .send().join();
    deploy(child(childId, null, "second"));

    // when
    long instance = start(parentId).getProcessInstanceKey();

    // then
    assertThat(childInstances(instance)).singleElement()
        .satisfies(child -> assertThat(child.getProcessDefinitionVersion()).isEqualTo(1));
  }

  @Test
  void shouldCallTheLatestProcessWithTheVersionTag() {
    // given three versions of the child, tagged v1, v2 and untagged
    String parentId = uniqueId("Process_TagParent");
    String childId = uniqueId("Process_TagChild");
    deploy(child(childId, "v1", "first"));
    deploy(child(childId, "v2", "second"));
    deploy(child(childId, null, "third"));
    deploy(parent(parentId, childId, ZeebeBindingType.versionTag, "v1"));

    // when
    long instance = start(parentId).getProcessInstanceKey();

    // then the definitions carry their tags and the tagged one is called
    assertThat(client.newProcessDefinitionSearchRequest().filter(f -> f.processDefinitionId(childId))
        .sort(s -> s.version().asc()).send().join().items())
        .extracting(d -> d.getVersionTag()).containsExactly("v1", "v2", null);
    assertThat(childInstances(instance)).singleElement()
        .satisfies(child -> assertThat(child.getProcessDefinitionVersion()).isEqualTo(1));
  }

  @Test
  void shouldRaiseAnIncidentWhenNoProcessCarriesTheVersionTag() {
    // given
    String parentId = uniqueId("Process_NoTagParent");
    String childId = uniqueId("Process_NoTagChild");
    deploy(child(childId, "v1", "first"));
    deploy(parent(parentId, childId, ZeebeBindingType.versionTag, "v9"));

    // when
    long instance = start(parentId).getProcessInstanceKey();

    // then
    assertThat(activeIncidentMessage(instance)).isEqualTo("Expected to call process with BPMN process id '" + childId
        + "' and version tag 'v9', but no such process found. To resolve the incident, deploy a process with the"
        + " given process id and version tag.");
  }

  private static String decision(String decisionId, String versionTag, String result) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            id="Definitions_%1$s" name="Binding" namespace="http://amends.org/dmn/binding-test">
          <decision id="%1$s" name="Route">
            <extensionElements><zeebe:versionTag value="%2$s" /></extensionElements>
            <literalExpression id="LiteralExpression_%1$s"><text>"%3$s"</text></literalExpression>
          </decision>
        </definitions>
        """.formatted(decisionId, versionTag, result);
  }

  @Test
  void shouldEvaluateTheDecisionWithTheVersionTag() {
    // given two versions of a decision, and a business rule task bound to the first one's tag
    String processId = uniqueId("Process_Decide");
    String decisionId = uniqueId("Decision_Route");
    client.newDeployResourceCommand().addResourceString(decision(decisionId, "2026-01", "conference"),
        StandardCharsets.UTF_8, decisionId + "-1.dmn").send().join();
    client.newDeployResourceCommand().addResourceString(decision(decisionId, "2026-02", "letters"),
        StandardCharsets.UTF_8, decisionId + "-2.dmn").send().join();
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .businessRuleTask("BusinessRuleTask_Route", t -> t.zeebeCalledDecisionId(decisionId).zeebeResultVariable("route")
            .zeebeBindingType(ZeebeBindingType.versionTag).zeebeVersionTag("2026-01"))
        .userTask("UserTask_Wait", u -> u.zeebeUserTask())
        .endEvent().done());

    // when
    long instance = start(processId).getProcessInstanceKey();

    // then
    await(() -> !client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("route"))
        .send().join().items().isEmpty());
    assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("route"))
        .send().join().items()).singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo("\"conference\""));
  }

  private static String form(String formId, String label) {
    return """
        {"id": "%s", "type": "default", "schemaVersion": 16,
         "components": [{"key": "note", "label": "%s", "type": "textfield", "id": "Field_Note"}]}
        """.formatted(formId, label);
  }

  @Test
  void shouldLinkTheFormDeployedTogetherWithBindingTypeDeployment() {
    // given the process deployed with version 1 of its form, then a version 2 of the form
    String processId = uniqueId("Process_Form");
    String formId = uniqueId("Form_Note");
    DeploymentEvent first = client.newDeployResourceCommand()
        .addResourceString(xml(Bpmn.createExecutableProcess(processId).startEvent()
            .userTask("UserTask_Note", u -> u.zeebeUserTask().zeebeFormId(formId).zeebeFormBindingType(ZeebeBindingType.deployment))
            .endEvent().done()), StandardCharsets.UTF_8, processId + ".bpmn")
        .addResourceString(form(formId, "Note"), StandardCharsets.UTF_8, formId + ".form")
        .send().join();
    DeploymentEvent second = client.newDeployResourceCommand()
        .addResourceString(form(formId, "A longer note"), StandardCharsets.UTF_8, formId + ".form").send().join();
    assertThat(second.getForm().get(0).getVersion()).isEqualTo(2);

    // when
    long instance = start(processId).getProcessInstanceKey();

    // then the task links the form of its own deployment
    long[] formKey = new long[1];
    await(() -> {
      var tasks = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items();
      formKey[0] = tasks.isEmpty() || tasks.get(0).getFormKey() == null ? -1 : tasks.get(0).getFormKey();
      return formKey[0] > 0;
    });
    assertThat(formKey[0]).isEqualTo(first.getForm().get(0).getFormKey());
  }
}
