package org.amends.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import io.camunda.zeebe.model.bpmn.builder.StartEventBuilder;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.amends.app.EmbeddedEngineTestSupport;
import org.amends.app.modeler.Draft.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Open cases at a step a new version removes or changes, through the deploy and migrate pages
 * (MockMvc, the real engine): the deploy page counts them at that step and says what happens to
 * them; moving them while their step has no target in the new version is refused, naming the
 * step, and they stay on their version.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenCasesOnChangedStepsTest extends EmbeddedEngineTestSupport {

  private static final String CALL = "UserTask_Call";

  @Autowired MockMvc mvc;
  @Autowired CamundaClient camunda;
  @Autowired Drafts drafts;
  @Autowired ProcessDeployer deployer;
  @Autowired ProcessCatalogue catalogue;
  @Autowired Impact impact;

  @Test
  void shouldCountTheOpenCasesAtEachRemovedOrChangedStepAndSayWhatHappensToThem() throws Exception {
    // given two open cases waiting at "Call the victim" in version 1
    String processId = "impact-probe";
    ProcessVersion v1 = deployWithOpenCases(processId, 2);
    // and a draft that removes that step and renames the step after it
    drafts.save(Kind.PROCESS, processId, journey(processId, start -> start, "Write to them"), 0, "manager");

    Document page = page("/processes/" + processId + "/deploy");

    // then each change has its count of open cases and what happens to them
    Element removed = row(page, "Removed the user task 'Call the victim'");
    assertThat(removed.select("td").get(1).text()).isEqualTo("2");
    assertThat(removed.select("td").get(2).text()).isEqualTo("The 2 cases here stay on version " + v1.version()
        + ", where the step still exists, and carry on there. To move them to the new version, choose another"
        + " step for them when you migrate the open cases.");
    Element renamed = row(page, "Renamed the user task 'Write to the victim' to 'Write to them'");
    assertThat(renamed.select("td").get(1).text()).isEqualTo("0");
    assertThat(renamed.select("td").get(2).text()).isEqualTo("No open case is at this step now.");
    assertThat(page.select("#impact th").eachText()).contains("What happens to them");
  }

  @Test
  void shouldRefuseToMoveCasesWhoseStepHasNoTargetNamingTheStepAndLeaveThemOnTheirVersion() throws Exception {
    // given two open cases waiting at "Call the victim" in version 1, and version 2 without that step
    String processId = "migrate-probe";
    ProcessVersion v1 = deployWithOpenCases(processId, 2);
    drafts.save(Kind.PROCESS, processId, journey(processId, start -> start, "Write to the victim"), 0, "manager");
    mvc.perform(post("/processes/" + processId + "/deploy").with(manager()).with(csrf()).param("comment", "No call"))
        .andExpect(redirectedUrl("/processes/" + processId));
    ProcessVersion v2 = catalogue.live(processId).orElseThrow();
    assertThat(v2.version()).isGreaterThan(v1.version());

    // the migrate page proposes no target for the removed step
    Document review = page("/processes/" + processId + "/migrate");
    assertThat(review.select("#target-" + CALL + " option[selected]").attr("value")).isEmpty();

    // when the manager moves the cases leaving that step without a target
    Document refused = Jsoup.parse(mvc.perform(post("/processes/" + processId + "/migrate").with(manager()).with(csrf())
            .param("from", String.valueOf(v1.version())).param("to", String.valueOf(v2.version()))
            .param("target-" + CALL, ""))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

    // then the page refuses, naming the step in the error summary and at its field
    String reason = "The step 'Call the victim' has 2 open cases and no step to move to in version "
        + v2.version() + ": choose one";
    assertThat(refused.title()).startsWith("Error: ");
    Element link = refused.selectFirst(".govuk-error-summary a");
    assertThat(link).isNotNull();
    assertThat(link.text()).isEqualTo(reason);
    assertThat(link.attr("href")).isEqualTo("#target-" + CALL);
    assertThat(refused.select("#target-" + CALL + "-error").text()).isEqualTo("Error: " + reason);
    assertThat(refused.select("#target-" + CALL).hasClass("govuk-select--error")).isTrue();
    // and the cases stay on version 1, waiting at that step
    assertThat(openCases(v1.key())).isEqualTo(2);
    assertThat(openCases(v2.key())).isZero();
    assertThat(impact.activeByElement(v1.key())).containsEntry(CALL, 2L);
  }

  /** Version 1 of a process deployed as a manager would, with open cases waiting at its first step. */
  private ProcessVersion deployWithOpenCases(String processId, int cases) {
    drafts.save(Kind.PROCESS, processId, journey(processId,
        start -> start.userTask(CALL).name("Call the victim").zeebeUserTask(), "Write to the victim"), 0, "manager");
    assertThat(deployer.deploy(processId, "First version", "manager").succeeded()).isTrue();
    ProcessVersion v1 = catalogue.live(processId).orElseThrow();
    for (int i = 0; i < cases; i++) {
      camunda.newCreateInstanceCommand().processDefinitionKey(v1.key()).send().join();
    }
    await().atMost(Duration.ofSeconds(60))
        .until(() -> impact.activeByElement(v1.key()).getOrDefault(CALL, 0L) == cases);
    return v1;
  }

  private static String journey(String processId, UnaryOperator<AbstractFlowNodeBuilder<?, ?>> first, String writeName) {
    StartEventBuilder start = Bpmn.createExecutableProcess(processId).name("Victim contact").startEvent("Start");
    return Bpmn.convertToString(first.apply(start)
        .userTask("UserTask_Write").name(writeName).zeebeUserTask()
        .endEvent("End")
        .done());
  }

  private long openCases(long processDefinitionKey) {
    return camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionKey(processDefinitionKey).state(ProcessInstanceState.ACTIVE))
        .send().join().items().size();
  }

  private static Element row(Document page, String sentence) {
    List<Element> rows = page.select("#impact tbody tr").stream()
        .filter(r -> r.select("td").first() != null && r.select("td").first().text().equals(sentence)).toList();
    assertThat(rows).as("rows saying " + sentence + " in " + page.select("#impact").text()).hasSize(1);
    return rows.get(0);
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(mvc.perform(get(path).with(manager())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
  }

  private static RequestPostProcessor manager() {
    return user("manager").roles("MANAGER");
  }
}
