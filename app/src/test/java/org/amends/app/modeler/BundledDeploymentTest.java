package org.amends.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import org.amends.app.EmbeddedEngineTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BundledDeploymentTest extends EmbeddedEngineTestSupport {

  @Autowired CamundaClient camunda;
  @Autowired BundledDeployment bundled;

  @Test
  void shouldDeployBundledProcessesDecisionsAndFormsAtStartUp() {
    assertThat(versions("restorative-justice-case")).singleElement()
        .satisfies(p -> assertThat(p.getResourceName()).isEqualTo("bundled/restorative-justice-case.bpmn"));
    assertThat(camunda.newDecisionDefinitionSearchRequest()
        .filter(f -> f.decisionDefinitionId("Eligibility")).send().join().items()).hasSize(1);
  }

  @Test
  void shouldNotCreateNewVersionsForUnchangedFiles() {
    bundled.deploy(camunda);

    assertThat(versions("case-closure")).hasSize(1);
  }

  @Test
  void shouldNeverReplaceAVersionAManagerDeployedFromTheModeler() {
    // given a manager deploys their own version of the closure process
    camunda.newDeployResourceCommand()
        .addResourceStringUtf8(Bpmn.convertToString(Bpmn.createExecutableProcess("meeting")
            .startEvent().userTask("UserTask_ManagersOwn", u -> u.zeebeUserTask()).endEvent().done()),
            "modeler/meeting.bpmn")
        .send().join();

    // when the app starts again
    bundled.deploy(camunda);

    // then the manager's version is still the newest
    List<ProcessDefinition> versions = versions("meeting");
    assertThat(versions.get(versions.size() - 1).getResourceName()).isEqualTo("modeler/meeting.bpmn");
  }

  private List<ProcessDefinition> versions(String processId) {
    return camunda.newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId(processId))
        .sort(s -> s.version().asc())
        .send().join().items();
  }
}
