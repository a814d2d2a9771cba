package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeploymentApiTest extends ApiTestSupport {

  @Test
  void shouldDeployProcessAndFindItsDefinition() {
    // given
    String processId = uniqueId("Process_Deploy");

    // when
    DeploymentEvent deployment = deploy(serviceTaskProcess(processId, "work"));

    // then
    Process process = deployment.getProcesses().get(0);
    assertThat(process.getBpmnProcessId()).isEqualTo(processId);
    assertThat(process.getVersion()).isEqualTo(1);
    assertThat(process.getResourceName()).isEqualTo(processId + ".bpmn");
    assertThat(deployment.getKey()).isPositive();

    ProcessDefinition definition = client.newProcessDefinitionGetRequest(process.getProcessDefinitionKey()).send().join();
    assertThat(definition.getProcessDefinitionId()).isEqualTo(processId);
    assertThat(definition.getName()).isEqualTo("Process " + processId);
    assertThat(definition.getVersion()).isEqualTo(1);
    assertThat(definition.getTenantId()).isEqualTo("<default>");
  }

  @Test
  void shouldIncreaseVersionWhenProcessChanges() {
    // given
    String processId = uniqueId("Process_Versions");
    deploy(serviceTaskProcess(processId, "first"));

    // when
    DeploymentEvent second = deploy(serviceTaskProcess(processId, "second"));

    // then
    assertThat(second.getProcesses().get(0).getVersion()).isEqualTo(2);
    SearchResponse<ProcessDefinition> latest = client.newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId(processId).isLatestVersion(true))
        .send().join();
    assertThat(latest.items()).extracting(ProcessDefinition::getVersion).containsExactly(2);
    SearchResponse<ProcessDefinition> all = client.newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId(processId))
        .sort(s -> s.version().desc())
        .send().join();
    assertThat(all.items()).extracting(ProcessDefinition::getVersion).containsExactly(2, 1);
    assertThat(all.page().totalItems()).isEqualTo(2);
  }

  @Test
  void shouldServeBpmnXml() {
    // given
    String processId = uniqueId("Process_Xml");
    long key = deployAndGetKey(serviceTaskProcess(processId, "work"));

    // when
    String xml = client.newProcessDefinitionGetXmlRequest(key).send().join();

    // then
    assertThat(xml).contains("id=\"" + processId + "\"").contains("ServiceTask_Work");
    assertThat(Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
        .isNotNull();
  }

  @Test
  void shouldDeployDecisionsAndForms() {
    // when
    DeploymentEvent deployment = client.newDeployResourceCommand()
        .addResourceBytes(resource("priority.dmn"), "priority.dmn")
        .addResourceBytes(resource("contact.form"), "contact.form")
        .send().join();

    // then
    assertThat(deployment.getDecisions()).extracting(d -> d.getDmnDecisionId()).contains("Priority", "Escalate");
    assertThat(deployment.getDecisionRequirements()).singleElement()
        .satisfies(drg -> assertThat(drg.getDmnDecisionRequirementsId()).isEqualTo("Definitions_Priority"));
    assertThat(deployment.getForm()).singleElement()
        .satisfies(form -> assertThat(form.getFormId()).isEqualTo("Form_Contact"));
  }

  @Test
  void shouldRejectInvalidBpmnWithProblemNamingTheElement() {
    // given
    byte[] invalid = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\" targetNamespace=\"t\">\n"
        + "  <bpmn:process id=\"Process_Invalid\" isExecutable=\"true\">\n"
        + "    <bpmn:startEvent id=\"StartEvent_1\"/>\n"
        + "    <bpmn:serviceTask id=\"ServiceTask_NoType\"/>\n"
        + "  </bpmn:process>\n"
        + "</bpmn:definitions>\n").getBytes(StandardCharsets.UTF_8);

    // when
    Refusal problem = problemOf(() -> client.newDeployResourceCommand()
        .addResourceBytes(invalid, "invalid.bpmn").send().join());

    // then
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(problem.message()).contains("invalid.bpmn").contains("ServiceTask_NoType");
  }

  @Test
  void shouldRejectUnknownResourceType() {
    // when
    Refusal problem = problemOf(() -> client.newDeployResourceCommand()
        .addResourceBytes("hello".getBytes(StandardCharsets.UTF_8), "notes.txt").send().join());

    // then
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(problem.message()).contains("notes.txt");
  }

  @Test
  void shouldGetResourceAndItsContent() {
    // given
    String processId = uniqueId("Process_Resource");
    long key = deployAndGetKey(serviceTaskProcess(processId, "work"));

    // when
    var resource = client.newResourceGetRequest(key).send().join();
    String content = client.newResourceContentGetRequest(key).send().join();

    // then
    assertThat(resource.getResourceName()).isEqualTo(processId + ".bpmn");
    assertThat(resource.getResourceId()).isEqualTo(processId);
    assertThat(content).contains(processId);
  }

  @Test
  void shouldDeleteResourceWithoutInstances() {
    // given
    String processId = uniqueId("Process_Delete");
    long key = deployAndGetKey(serviceTaskProcess(processId, "work"));

    // when
    client.newDeleteResourceCommand(key).send().join();

    // then
    Refusal problem = problemOf(() -> client.newProcessDefinitionGetRequest(key).send().join());
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
  }

  @Test
  void shouldAnswerNotFoundForUnknownProcessDefinition() {
    Refusal problem = problemOf(() -> client.newProcessDefinitionGetRequest(123L).send().join());
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
  }

  @Test
  void shouldReportElementStatisticsOfDefinition() {
    // given
    String processId = uniqueId("Process_Stats");
    long key = deployAndGetKey(serviceTaskProcess(processId, "stats-" + processId));
    start(processId);
    start(processId);

    // when
    var statistics = client.newProcessDefinitionElementStatisticsRequest(key).send().join();

    // then
    assertThat(statistics).anySatisfy(s -> {
      assertThat(s.getElementId()).isEqualTo("ServiceTask_Work");
      assertThat(s.getActive()).isEqualTo(2);
    });
  }

  @Test
  void shouldServeStartForm() {
    // given
    client.newDeployResourceCommand().addResourceBytes(resource("contact.form"), "contact.form").send().join();
    String processId = uniqueId("Process_StartForm");
    long key = deployAndGetKey(Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Referral").zeebeFormId("Form_Contact").endEvent().done());

    // when
    var form = client.newProcessDefinitionGetFormRequest(key).send().join();

    // then
    assertThat(form.getFormId()).isEqualTo("Form_Contact");
    assertThat(client.newProcessDefinitionGetRequest(key).send().join().getHasStartForm()).isTrue();
  }

  @Test
  void shouldFilterDefinitionStatisticsByInstanceState() {
    // given
    String processId = uniqueId("Process_StatsFilter");
    long key = deployAndGetKey(serviceTaskProcess(processId, "stats-" + processId));
    start(processId);
    long cancelled = start(processId).getProcessInstanceKey();
    client.newCancelInstanceCommand(cancelled).send().join();

    // when
    var statistics = client.newProcessDefinitionElementStatisticsRequest(key)
        .filter(f -> f.state(io.camunda.client.api.search.enums.ProcessInstanceState.TERMINATED)).send().join();

    // then
    assertThat(statistics).anySatisfy(s -> {
      assertThat(s.getElementId()).isEqualTo("ServiceTask_Work");
      assertThat(s.getActive()).isZero();
      assertThat(s.getCanceled()).isEqualTo(1);
    });
  }
}
