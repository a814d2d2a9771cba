package org.amends.app.tasklist;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.amends.app.EmbeddedEngineTestSupport;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseFixtures;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.Sensitivity;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.StartedCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The tasklist and task pages against the real engine (in-process, through the Camunda client)
 * and PostgreSQL, with the journey's real job workers. Each test works in an area of its own and
 * as a user of its own, so the tests share one application context without seeing each other's
 * tasks.
 */
@SpringBootTest(properties = "amends.tasklist.page-size=2")
@AutoConfigureMockMvc
class TasklistTest extends EmbeddedEngineTestSupport {

  private static final String RECORD_CONTACT = "UserTask_RecordContact";

  @Autowired MockMvc mvc;
  @Autowired JourneyStarter journeys;
  @Autowired CamundaClient camunda;
  @Autowired JdbcClient jdbc;

  private static RequestPostProcessor coordinator(String username) {
    return user(username).roles("COORDINATOR");
  }

  /** A case with a harmed person and a harmer, waiting at "Record contact with the party" for both. */
  private StartedCase caseWaitingForContact(Area area, String harmedName, String harmerName) {
    StartedCase started = journeys.start(newCase(area, Sensitivity.NONE,
        harmed(harmedName, LocalDate.of(1980, 5, 1), null),
        harmer(harmerName, LocalDate.of(2001, 2, 14), null)));
    waitFor(() -> openTasks(started, RECORD_CONTACT).size() == 2, "two contact tasks");
    return started;
  }

  private List<UserTask> openTasks(StartedCase started, String elementId) {
    return camunda.newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED).elementId(elementId)
            .processInstanceVariables(List.of(v -> v.name("caseId").value(String.valueOf(started.caseId())))))
        .send().join().items().stream()
        .sorted(Comparator.comparing(UserTask::getUserTaskKey))
        .toList();
  }

  private UserTask task(long key) {
    return camunda.newUserTaskGetRequest(key).send().join();
  }

  private static void waitFor(Supplier<Boolean> condition, String what) {
    long deadline = System.currentTimeMillis() + 20_000;
    while (!condition.get()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private String page(String url, RequestPostProcessor who) throws Exception {
    return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void shouldSendSomeoneNotSignedInToTheSignInPage() throws Exception {
    mvc.perform(get("/tasks")).andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", endsWith("/login")));
    mvc.perform(get("/tasks/123")).andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", endsWith("/login")));
    mvc.perform(post("/tasks/123/claim").with(csrf())).andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", endsWith("/login")));
  }

  @Test
  void shouldShowEachViewWithItsCountAndTheRowsOfTheCase() throws Exception {
    StartedCase started = caseWaitingForContact(new Area("HARLOW"), "Harriet Views", "Harry Views");
    UserTask first = openTasks(started, RECORD_CONTACT).get(0);
    mvc.perform(post("/tasks/{key}/claim", first.getUserTaskKey()).with(coordinator("views")).with(csrf()))
        .andExpect(redirectedUrl("/tasks"));

    String html = page("/tasks?view=open&area=HARLOW", coordinator("views"));

    assertThat(html).contains("My tasks (1)", "Unassigned (1)", "All open (2)", "Completed (0)");
    assertThat(html).contains(started.reference(), "Harlow", "Harriet Views", "Harry Views", "Record contact with the party");
    assertThat(html).contains("href=\"/tasks/" + first.getUserTaskKey() + "\"");
    assertThat(page("/tasks?view=mine&area=HARLOW", coordinator("views")))
        .contains("aria-current=\"page\">My tasks (1)")
        .contains("Unclaim<span class=\"govuk-visually-hidden\"> Record contact with the party — " + started.reference());
    // someone outside the coordinators' group has no unassigned coordinator tasks
    assertThat(page("/tasks?view=unassigned&area=HARLOW", user("fran").roles("FACILITATOR")))
        .contains("Unassigned (0)", "There are no tasks to show");
  }

  @Test
  void shouldFilterByStepReferencePriorityAndDueDate() throws Exception {
    StartedCase started = caseWaitingForContact(new Area("BASILDON"), "Bea Filter", "Bob Filter");
    StartedCase other = caseWaitingForContact(new Area("BASILDON"), "Cat Filter", "Col Filter");
    List<UserTask> tasks = openTasks(started, RECORD_CONTACT);
    camunda.newUpdateUserTaskCommand(tasks.get(0).getUserTaskKey()).priority(90)
        .dueDate(ZonedDateTime.now(DueWording.ZONE).minusDays(2).toOffsetDateTime().toString()).send().join();
    camunda.newUpdateUserTaskCommand(tasks.get(1).getUserTaskKey())
        .dueDate(ZonedDateTime.now(DueWording.ZONE).plusDays(1).toOffsetDateTime().toString()).send().join();
    // the other case's tasks are due when its targets say (its referral date is long past): next week here
    for (UserTask task : openTasks(other, RECORD_CONTACT)) {
      camunda.newUpdateUserTaskCommand(task.getUserTaskKey())
          .dueDate(ZonedDateTime.now(DueWording.ZONE).plusDays(7).toOffsetDateTime().toString()).send().join();
    }
    RequestPostProcessor me = coordinator("filters");

    assertThat(page("/tasks?view=open&area=BASILDON", me)).contains("All open (4)");
    assertThat(page("/tasks?view=open&area=BASILDON&step=" + RECORD_CONTACT, me)).contains("All open (4)");
    assertThat(page("/tasks?view=open&area=BASILDON&step=UserTask_AssessRisk", me)).contains("All open (0)");
    String byReference = page("/tasks?view=open&reference=" + other.reference().toLowerCase(), me);
    assertThat(byReference).contains("All open (2)", "Cat Filter").doesNotContain("Bea Filter");
    assertThat(page("/tasks?view=open&area=BASILDON&priority=HIGH", me)).contains("All open (1)", "High");
    String overdue = page("/tasks?view=open&area=BASILDON&due=OVERDUE", me);
    assertThat(overdue).contains("All open (1)", "<strong class=\"amends-overdue\">2 days overdue</strong>");
    assertThat(page("/tasks?view=open&area=BASILDON&due=TODAY", me)).contains("All open (0)");
    // the step filter lists the journey's user tasks by name
    assertThat(page("/tasks", me)).contains("<option value=\"UserTask_AssessRisk\">Assess risk</option>");
  }

  @Test
  void shouldExplainAFilterValueItCannotUse() throws Exception {
    String html = page("/tasks?reference=12345&area=MARS", coordinator("typo"));

    assertThat(html).contains("<title>Error: Tasks", "There is a problem",
        "href=\"#area\">Select an area from the list", "href=\"#reference\">Enter a case reference like RJ-2026-00001",
        "value=\"12345\"");
  }

  @Test
  void shouldSortByPriorityAndShowAPageAtATime() throws Exception {
    StartedCase started = journeys.start(newCase(new Area("TENDRING"), Sensitivity.NONE,
        harmed("Alma Sort", LocalDate.of(1980, 5, 1), null),
        harmer("Bert Sort", LocalDate.of(2001, 2, 14), null),
        CaseFixtures.party(PartyRole.SUPPORTER, "Cleo Sort", LocalDate.of(1975, 1, 1), null, false)));
    waitFor(() -> openTasks(started, RECORD_CONTACT).size() == 3, "three contact tasks");
    List<UserTask> tasks = openTasks(started, RECORD_CONTACT);
    int[] priorities = {10, 90, 50};
    for (int i = 0; i < 3; i++) {
      camunda.newUpdateUserTaskCommand(tasks.get(i).getUserTaskKey()).priority(priorities[i]).send().join();
    }
    RequestPostProcessor me = coordinator("sorter");

    String first = page("/tasks?view=open&area=TENDRING&sort=PRIORITY_DESC", me);
    String second = page("/tasks?view=open&area=TENDRING&sort=PRIORITY_DESC&page=2", me);

    assertThat(first).contains("All open (3)", "Page 1 of 2", "page=2");
    assertThat(first.indexOf("task-" + tasks.get(1).getUserTaskKey()))
        .isPositive().isLessThan(first.indexOf("task-" + tasks.get(2).getUserTaskKey()));
    assertThat(first).doesNotContain("task-" + tasks.get(0).getUserTaskKey());
    assertThat(second).contains("Page 2 of 2", "task-" + tasks.get(0).getUserTaskKey());
    String ascending = page("/tasks?view=open&area=TENDRING&sort=PRIORITY_ASC", me);
    assertThat(ascending.indexOf("task-" + tasks.get(0).getUserTaskKey()))
        .isPositive().isLessThan(ascending.indexOf("task-" + tasks.get(2).getUserTaskKey()));
  }

  @Test
  void shouldClaimUnclaimAndAssignAndRefuseToTakeAColleaguesTask() throws Exception {
    StartedCase started = caseWaitingForContact(new Area("THURROCK"), "Tia Claim", "Tom Claim");
    long key = openTasks(started, RECORD_CONTACT).get(0).getUserTaskKey();

    mvc.perform(post("/tasks/{key}/claim", key).param("back", "/tasks?view=unassigned&area=THURROCK")
            .with(coordinator("claimer")).with(csrf()))
        .andExpect(redirectedUrl("/tasks?view=unassigned&area=THURROCK"))
        .andExpect(flash().attribute("success", "You claimed ‘Record contact with the party’"));
    assertThat(task(key).getAssignee()).isEqualTo("claimer");

    MvcResult refused = mvc.perform(post("/tasks/{key}/claim", key).with(user("coordinator2").roles("COORDINATOR")).with(csrf()))
        .andExpect(redirectedUrl("/tasks"))
        .andReturn();
    assertThat(task(key).getAssignee()).isEqualTo("claimer");
    mvc.perform(get("/tasks").with(user("coordinator2").roles("COORDINATOR")).flashAttrs(refused.getFlashMap()))
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("href=\"#task-" + key + "\"")))
        .andExpect(content().string(containsString(">‘Record contact with the party’ is already assigned to claimer.")));

    mvc.perform(post("/tasks/{key}/unclaim", key).with(coordinator("claimer")).with(csrf()))
        .andExpect(flash().attribute("success", "You unassigned yourself from ‘Record contact with the party’"));
    assertThat(task(key).getAssignee()).isNull();

    mvc.perform(post("/tasks/{key}/assign", key).param("assignee", "coordinator2").with(coordinator("claimer")).with(csrf()))
        .andExpect(flash().attribute("success", "You assigned ‘Record contact with the party’ to Colin Coordinator"));
    assertThat(task(key).getAssignee()).isEqualTo("coordinator2");

    mvc.perform(post("/tasks/{key}/assign", key).param("assignee", "coordinator").with(coordinator("claimer")).with(csrf()))
        .andExpect(flash().attribute("problem",
            "‘Record contact with the party’ is already assigned to Colin Coordinator. Ask them to unassign it if you need to take it over."));
    assertThat(task(key).getAssignee()).isEqualTo("coordinator2");
  }

  @Test
  void shouldShowTheFormAndTheCaseSummaryAndAskToClaimFirst() throws Exception {
    StartedCase started = caseWaitingForContact(new Area("CHELMSFORD"), "Chloe Page", "Chris Page");
    long key = openTasks(started, RECORD_CONTACT).get(0).getUserTaskKey();

    assertThat(page("/tasks/" + key, coordinator("reader")))
        .contains("Claim to complete it", "Claim this task")
        .doesNotContain("id=\"task-form\"");

    mvc.perform(post("/tasks/{key}/claim", key).with(coordinator("reader")).with(csrf()));
    String html = page("/tasks/" + key, coordinator("reader"));

    assertThat(html).contains("<title>Record contact with the party", started.reference());
    // the form drawn on the server as GOV.UK components, posted as it is; no form-js
    assertThat(html).contains("id=\"task-form\"", "action=\"/tasks/" + key + "/complete\"", "name=\"_csrf\"",
        "<select class=\"govuk-select\" id=\"Field_contactOutcome\" name=\"contactOutcome\"",
        "<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">When did you contact them?</legend>",
        "name=\"contactedOn-day\"", "name=\"contactedOn-month\"", "name=\"contactedOn-year\"",
        "&quot;caseId&quot;:" + started.caseId(), "/assets/tasklist/task-form.js")
        .doesNotContain("form-js", "<noscript>");
    assertThat(html).contains("Case <span>" + started.reference() + "</span>", "Chelmsford",
        "Harmed person", "Chloe Page", "Person who caused harm", "Chris Page",
        "Check for an open case", "Send the invitation", "No contacts recorded yet", "No notes yet");

    assertThat(page("/tasks/" + key, coordinator("someone-else")))
        .contains("This task is assigned to reader. Only they can complete it.").doesNotContain("id=\"task-form\"");
    assertThat(page("/tasks/" + key + "?view=details", coordinator("reader")))
        .contains("id=\"task-variables\"", "partyId", "Go back to the form");
    mvc.perform(get("/tasks/999999").with(coordinator("reader"))).andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Task not found")));
  }

  @Test
  void shouldCompleteATaskKeepingTheNotesInTheCaseAndOnlyDecisionsInTheProcess() throws Exception {
    StartedCase started = caseWaitingForContact(new Area("BRENTWOOD"), "Brenda Done", "Brian Done");
    List<UserTask> tasks = openTasks(started, RECORD_CONTACT);
    RequestPostProcessor me = coordinator("completer");
    for (UserTask t : tasks) {
      mvc.perform(post("/tasks/{key}/claim", t.getUserTaskKey()).with(me).with(csrf()));
    }
    UserTask first = tasks.get(0);

    mvc.perform(post("/tasks/{key}/complete", first.getUserTaskKey()).with(me).with(csrf())
            .param("contactOutcome", "AGREED").param("acceptsResponsibility", "true").param("contactMethod", "PHONE")
            .param("contactedOn-day", "2").param("contactedOn-month", "3").param("contactedOn-year", "2026")
            .param("notes", "Prefers calls after 6pm").param("caseId", "999"))
        .andExpect(redirectedUrl("/tasks"))
        .andExpect(flash().attribute("success", "Task completed: Record contact with the party — " + started.reference()));

    assertThat(task(first.getUserTaskKey()).getState()).isEqualTo(UserTaskState.COMPLETED);
    List<Variable> variables = camunda.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(first.getProcessInstanceKey()))
        .send().join().items();
    assertThat(variables).extracting(Variable::getName).contains("contactOutcome", "contactedOn").doesNotContain("notes");
    // typed as day, month and year; the process gets the ISO date, as a string, as it always has
    assertThat(variables).filteredOn(v -> v.getName().equals("contactedOn"))
        .extracting(Variable::getValue).containsOnly("\"2026-03-02\"");
    assertThat(variables).filteredOn(v -> v.getName().equals("caseId"))
        .extracting(Variable::getValue).containsOnly(String.valueOf(started.caseId()));
    assertThat(jdbc.sql("select text from amends.case_note where case_id = ? and written_by = 'completer'")
        .param(started.caseId()).query(String.class).list())
        .singleElement().asString().contains("Record contact with the party", "Prefers calls after 6pm");

    mvc.perform(post("/tasks/{key}/complete", tasks.get(1).getUserTaskKey()).with(me).with(csrf())
            .param("contactOutcome", "AGREED").param("acceptsResponsibility", "true")
            .param("contactedOn-day", "3").param("contactedOn-month", "3").param("contactedOn-year", "2026"))
        .andExpect(redirectedUrl("/tasks"));
    // both parties agreed: the journey moves on to the risk assessment
    waitFor(() -> openTasks(started, "UserTask_AssessRisk").size() == 1, "the risk assessment");
    assertThat(page("/tasks/" + tasks.get(1).getUserTaskKey(), me)).contains("This task has been completed.");
  }

  @Test
  void shouldShowWhatIsMissingAndKeepWhatWasTyped() throws Exception {
    StartedCase started = caseWaitingForContact(new Area("SOUTHEND"), "Sue Missing", "Sid Missing");
    long key = openTasks(started, RECORD_CONTACT).get(0).getUserTaskKey();
    RequestPostProcessor me = coordinator("forgetful");
    mvc.perform(post("/tasks/{key}/claim", key).with(me).with(csrf()));

    String html = mvc.perform(post("/tasks/{key}/complete", key).with(me).with(csrf())
            .param("contactMethod", "LETTER").param("notes", "Wrote twice")
            .param("contactedOn-day", "31").param("contactedOn-month", "2").param("contactedOn-year", "2026"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    // the GOV.UK error summary links to each field; each field shows its message; what was typed is kept
    assertThat(html).contains("<title>Error: Record contact with the party", "There is a problem",
        "href=\"#Field_contactOutcome\" data-field=\"Field_contactOutcome\">Select what happened when you contacted them",
        "href=\"#Field_contactedOn\" data-field=\"Field_contactedOn\">The date for “When did you contact them?” must be a real date",
        "<p class=\"govuk-error-message\" id=\"Field_contactOutcome-error\">",
        "<option value=\"LETTER\" selected=\"selected\">", ">Wrote twice</textarea>",
        "id=\"Field_contactedOn\" name=\"contactedOn-day\" value=\"31\"");
    assertThat(task(key).getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(jdbc.sql("select count(*) from amends.case_note where case_id = ?").param(started.caseId())
        .query(Integer.class).single()).isZero();

    mvc.perform(post("/tasks/{key}/complete", key).with(coordinator("not-mine")).with(csrf())
            .param("contactOutcome", "AGREED").param("acceptsResponsibility", "true")
            .param("contactedOn-day", "3").param("contactedOn-month", "3").param("contactedOn-year", "2026"))
        .andExpect(redirectedUrl("/tasks/" + key))
        .andExpect(flash().attribute("problem", "‘Record contact with the party’ is assigned to forgetful. Only they can complete it."));
    assertThat(task(key).getState()).isEqualTo(UserTaskState.CREATED);
    mvc.perform(get("/tasks/{key}", key).with(coordinator("not-mine")).flashAttr("problem", "x"))
        .andExpect(content().string(not(containsString("Exception"))));
  }
}
