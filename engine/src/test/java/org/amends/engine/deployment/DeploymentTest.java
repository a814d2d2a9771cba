package org.amends.engine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.DeploymentResource;
import org.amends.engine.api.DeploymentResult;
import org.junit.jupiter.api.Test;

class DeploymentTest extends EngineTestSupport {

  private static BpmnModelInstance process(String jobType) {
    return Bpmn.createExecutableProcess("referral")
        .startEvent()
        .serviceTask("ServiceTask_Check", t -> t.zeebeJobType(jobType))
        .endEvent()
        .done();
  }

  @Test
  void shouldVersionProcessesAndNotRedeployIdenticalResources() {
    String xml = Bpmn.convertToString(process("check"));
    DeploymentResult first = deployResource("referral.bpmn", xml);
    DeploymentResult same = deployResource("referral.bpmn", xml);
    DeploymentResult changed = deploy(process("check-duplicate"));

    assertThat(first.processes().get(0).version()).isEqualTo(1);
    assertThat(same.processes().get(0).version()).isEqualTo(1);
    assertThat(same.processes().get(0).processDefinitionKey()).isEqualTo(first.processes().get(0).processDefinitionKey());
    assertThat(changed.processes().get(0).version()).isEqualTo(2);
  }

  @Test
  void shouldVersionFormsById() {
    DeploymentResult first = deployResource("risk.form", "{\"id\": \"assess-risk\", \"components\": []}");
    DeploymentResult second = deployResource("risk.form", "{\"id\": \"assess-risk\", \"components\": [{\"type\": \"text\"}]}");

    assertThat(first.forms().get(0).version()).isEqualTo(1);
    assertThat(second.forms().get(0).version()).isEqualTo(2);
  }

  @Test
  void shouldRejectMalformedXmlNamingTheResourceAndLine() {
    assertThatThrownBy(() -> deployResource("broken.bpmn", "<bpmn:definitions xmlns:bpmn=\"x\">\n<oops>"))
        .isInstanceOf(DeploymentRejected.class)
        .hasMessageContaining("'broken.bpmn'")
        .hasMessageContainingAll("not a valid BPMN file", "Line=1");
  }

  @Test
  void shouldRejectUnsupportedElementNamingElementAndLine() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <bpmn:process id="p" isExecutable="true">
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="StartEvent_1" targetRef="Gateway_Complex"/>
            <bpmn:complexGateway id="Gateway_Complex"><bpmn:incoming>f1</bpmn:incoming></bpmn:complexGateway>
          </bpmn:process>
        </bpmn:definitions>
        """.strip();

    assertThatThrownBy(() -> deployResource("complex.bpmn", xml))
        .isInstanceOf(DeploymentRejected.class)
        .hasMessageContaining("'complex.bpmn': element 'Gateway_Complex' (line 6)")
        .hasMessageContaining("'ComplexGateway' are currently not supported");
  }

  @Test
  void shouldRejectServiceTaskWithoutJobType() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent().serviceTask("ServiceTask_NoType").endEvent().done();

    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(DeploymentRejected.class)
        .hasMessageContaining("ServiceTask_NoType")
        .hasMessageContaining("taskDefinition");
  }

  @Test
  void shouldRejectFeelThatDoesNotParse() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p")
        .startEvent()
        .serviceTask("ServiceTask_Bad", t -> t.zeebeJobTypeExpression("\"a\" +"))
        .endEvent()
        .done();

    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(DeploymentRejected.class)
        .hasMessageContaining("ServiceTask_Bad")
        .hasMessageContaining("failed to parse expression");
  }

  @Test
  void shouldRejectTimerThatDoesNotParse() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("p")
        .startEvent()
        .intermediateCatchEvent("TimerEvent_Bad").timerWithDuration("six weeks")
        .endEvent()
        .done();

    assertThatThrownBy(() -> deploy(model))
        .isInstanceOf(DeploymentRejected.class)
        .hasMessageContaining("TimerEvent_Bad")
        .hasMessageContaining("six weeks");
  }

  @Test
  void shouldRejectMessageWithoutName() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <bpmn:message id="Message_NoName"/>
          <bpmn:process id="p" isExecutable="true">
            <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="StartEvent_1" targetRef="MessageEvent_Wait"/>
            <bpmn:intermediateCatchEvent id="MessageEvent_Wait"><bpmn:incoming>f1</bpmn:incoming>
              <bpmn:messageEventDefinition messageRef="Message_NoName"/></bpmn:intermediateCatchEvent>
          </bpmn:process>
        </bpmn:definitions>
        """.strip();

    assertThatThrownBy(() -> deployResource("noname.bpmn", xml))
        .isInstanceOf(DeploymentRejected.class)
        .hasMessageContaining("element 'Message_NoName' (line 3): Name must be present and not empty");
  }

  @Test
  void shouldDeployNothingWhenOneResourceIsRejected() {
    List<DeploymentResource> resources = List.of(
        new DeploymentResource("good.bpmn", Bpmn.convertToString(process("check")).getBytes(StandardCharsets.UTF_8)),
        new DeploymentResource("bad.form", "{not json".getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> engine.deploy(resources, null)).isInstanceOf(DeploymentRejected.class).hasMessageContaining("'bad.form'");
    int deployed = engine.read(s -> s.processDefinitions.size());
    assertThat(deployed).isZero();
  }
}
