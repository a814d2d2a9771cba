package org.amends.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import org.amends.app.EmbeddedEngineTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A dynamic list's "Add another" and "Remove" buttons without JavaScript ({@code POST
 * /tasks/{key}/form}): the page comes back with an item more or less and every answer as typed,
 * and the task is neither completed nor changed. The task shows the bundled outcome agreement
 * form (a list of agreed actions), linked from a one-task process of the test's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TaskFormListActionsTest extends EmbeddedEngineTestSupport {

  private static final RequestPostProcessor COORDINATOR = user("lister").roles("COORDINATOR");

  @Autowired MockMvc mvc;
  @Autowired CamundaClient camunda;

  private long key;

  @BeforeEach
  void taskWithTheOutcomeAgreementForm() {
    String processId = "Process_ListActions_" + System.nanoTime();
    camunda.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(processId)
        .startEvent().userTask("UserTask_Agreement").name("Record the outcome agreement").zeebeUserTask()
        .zeebeFormId("record-outcome-agreement").zeebeCandidateGroups("coordinators").endEvent().done(),
        processId + ".bpmn").send().join();
    long instance = camunda.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
        .getProcessInstanceKey();
    List<UserTask> tasks = List.of();
    for (int attempt = 0; attempt < 200 && tasks.isEmpty(); attempt++) {
      if (attempt > 0) {
        pause();
      }
      tasks = camunda.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items();
    }
    key = tasks.get(0).getUserTaskKey();
    // the form is shown to the one who holds the task
    camunda.newAssignUserTaskCommand(key).assignee("lister").send().join();
  }

  @Test
  void shouldAddAnItemKeepingTheAnswersAndCompletingNothing() throws Exception {
    Document page = send(form()
        .param("_items.actions", "1")
        .param("actions[0].description", "Repair the fence").param("actions[0].owner", "Sid")
        .param("actions[0].dueAt-day", "3").param("actions[0].dueAt-month", "6").param("actions[0].dueAt-year", "2026")
        .param("agreementSummary", "The fence is mended by June")
        .param("_action", "add|actions"));

    assertThat(page.select("input[name=\"_items.actions\"]").val()).isEqualTo("2");
    assertThat(page.select("textarea[name=\"actions[0].description\"]").text()).isEqualTo("Repair the fence");
    assertThat(page.select("input[name=\"actions[0].owner\"]").val()).isEqualTo("Sid");
    assertThat(page.select("input[name=\"actions[0].dueAt-day\"]").val()).isEqualTo("3");
    assertThat(page.select("input[name=\"actions[0].dueAt-year\"]").val()).isEqualTo("2026");
    assertThat(page.select("textarea[name=\"actions[1].description\"]")).hasSize(1);
    assertThat(page.select("textarea[name=\"actions[1].description\"]").text()).isEmpty();
    assertThat(page.select("textarea[name=\"agreementSummary\"]").text()).isEqualTo("The fence is mended by June");
    // the "Add another" button came back to add a third, and nothing was checked
    assertThat(page.select("button[name=\"_action\"][value=\"add|actions\"]")).hasSize(1);
    assertThat(page.select(".govuk-error-summary")).isEmpty();
    assertUntouched();
  }

  @Test
  void shouldRemoveAnItemMovingTheLaterOnesUp() throws Exception {
    Document page = send(form()
        .param("_items.actions", "3")
        .param("actions[0].description", "Repair the fence").param("actions[0].owner", "Sid")
        .param("actions[1].description", "Write a letter").param("actions[1].owner", "Sam")
        .param("actions[2].description", "Meet again").param("actions[2].owner", "Both")
        .param("_action", "remove|actions|1"));

    assertThat(page.select("input[name=\"_items.actions\"]").val()).isEqualTo("2");
    assertThat(page.select("textarea[name^=\"actions\"][name$=\".description\"]")).extracting(Element::text)
        .containsExactly("Repair the fence", "Meet again");
    assertThat(page.select("input[name=\"actions[1].owner\"]").val()).isEqualTo("Both");
    assertThat(page.select("textarea[name=\"actions[2].description\"]")).isEmpty();
    assertThat(page.select("button[name=\"_action\"][value=\"remove|actions|1\"]")).hasSize(1);
    assertUntouched();
  }

  private MockHttpServletRequestBuilder form() {
    return post("/tasks/{key}/form", key).with(COORDINATOR).with(csrf());
  }

  private Document send(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  /** Still open, still theirs, and without any of the posted answers among its variables. */
  private void assertUntouched() {
    UserTask task = camunda.newUserTaskGetRequest(key).send().join();
    assertThat(task.getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(task.getAssignee()).isEqualTo("lister");
    assertThat(camunda.newVariableSearchRequest().filter(f -> f.processInstanceKey(task.getProcessInstanceKey()))
        .send().join().items()).isEmpty();
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
