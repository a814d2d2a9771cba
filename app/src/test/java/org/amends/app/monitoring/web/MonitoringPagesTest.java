package org.amends.app.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.amends.app.EngineAndMailTestSupport;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseFixtures;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.NewParty;
import org.amends.app.casework.Sensitivity;
import org.amends.app.monitoring.history.HistoryImport;
import org.amends.app.monitoring.targets.Targets;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.StartedCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The monitoring pages over a real journey (started as a staff referral, its workers running,
 * email to GreenMail) and a job that fails on purpose, imported through the client: what a
 * monitor sees, that no party's name or contact details appear on any monitoring page, that the
 * journey's first task is due when its target says, the retry of an incident (who did it), and
 * that coordinators and facilitators are refused every monitoring URL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringPagesTest extends EngineAndMailTestSupport {

  private static final String FLAKY = "monitoring-pages-flaky";
  private static final RequestPostProcessor MONITOR = user("monitor").roles("MONITOR");
  private static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");

  @Autowired MockMvc mvc;
  @Autowired JourneyStarter journeys;
  @Autowired CamundaClient camunda;
  @Autowired HistoryImport historyImport;
  @Autowired Targets targets;
  @Autowired JdbcTemplate jdbc;

  private final String surname = "Quartermaine" + UUID.randomUUID().toString().substring(0, 6);
  private final List<String> personal = new ArrayList<>();
  private StartedCase started;

  @BeforeAll
  void journeyWaitingForContact() {
    NewParty harmed = CaseFixtures.party(org.amends.app.casework.PartyRole.HARMED, "Zebedee " + surname,
        LocalDate.of(1975, 3, 4), "zebedee." + surname.toLowerCase() + "@example.org", true);
    NewParty harmer = CaseFixtures.party(org.amends.app.casework.PartyRole.HARMER, "Ottoline " + surname,
        LocalDate.of(1999, 8, 9), "ottoline." + surname.toLowerCase() + "@example.org", true);
    NewCase referral = CaseFixtures.newCase(new Area("HARLOW"), Sensitivity.NONE, harmed, harmer);
    personal.addAll(List.of(harmed.name(), harmer.name(), harmed.email(), harmer.email(), harmed.phone(),
        CaseFixtures.REFERRER.name(), CaseFixtures.REFERRER.email(), CaseFixtures.REFERRER.phone(), surname));
    started = journeys.start(referral);
    await().atMost(Duration.ofSeconds(60)).until(() -> contactTasks().size() == 2);
    historyImport.runOnce();
  }

  @Test
  void shouldDueTheJourneysTasksWhenTheirTargetSays() {
    var due = targets.due(targets.of("UserTask_RecordContact").orElseThrow(), CaseFixtures.policeReferral().referralDate(), false);
    assertThat(contactTasks()).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(due));
  }

  @Test
  void shouldShowTheCaseOnEveryPageWithoutNamingAnyone() throws Exception {
    String overview = page("/monitoring", MONITOR);
    assertThat(overview).contains("Restorative justice case", "Referrals and closures per week");

    String counts = page("/monitoring/processes/initial-contact", MONITOR);
    assertThat(counts).contains("Record contact with the party", "data-element-id=\"UserTask_RecordContact\"",
        "bpmn-navigated-viewer.production.min.js");
    String heatmap = page("/monitoring/processes/initial-contact?view=time", MONITOR);
    assertThat(heatmap).contains("Longest wait", "amends-heat-", "data-spent-heat=").doesNotContain("data-active=");
    // each view carries only the figures it shows (the counts view no heatmap times, and the other way round)
    assertThat(counts).contains("data-active=", "data-past-target=").doesNotContain("data-spent-heat=");
    String harlow = page("/monitoring/processes/restorative-justice-case?area=HARLOW", MONITOR);
    assertThat(harlow).contains("Check for an open case");

    String waiting = page("/monitoring/processes/initial-contact/elements/UserTask_RecordContact?area=HARLOW", MONITOR);
    assertThat(waiting).contains(started.reference());
    String theCase = page("/monitoring/cases/" + started.reference(), MONITOR);
    assertThat(theCase).contains(started.reference(), "Harlow", "Record contact with the party", "Police");
    String ageing = page("/monitoring/ageing", MONITOR);
    assertThat(ageing).contains(started.reference());

    List<String> pages = new ArrayList<>(List.of(overview, counts, heatmap, harlow, waiting, theCase, ageing,
        page("/monitoring/bottlenecks", MONITOR), page("/monitoring/incidents", MONITOR),
        page("/monitoring/processes/restorative-justice-case?view=time", MONITOR)));
    for (String html : pages) {
      for (String detail : personal) {
        assertThat(html).as("a monitoring page").doesNotContainIgnoringCase(detail);
      }
    }
  }

  @Test
  void shouldRetryAnIncidentAndShowItWhenItComesBack() throws Exception {
    deployFlaky();
    long instance = camunda.newCreateInstanceCommand().bpmnProcessId(FLAKY).latestVersion().send().join()
        .getProcessInstanceKey();
    ActivatedJob job = activate();
    camunda.newFailCommand(job.getKey()).retries(0).errorMessage("Mail server refused the connection").send().join();
    long first = openIncident(instance);
    historyImport.runOnce();
    assertThat(page("/monitoring/incidents", MONITOR)).contains("Mail server refused the connection",
        "data-incident-key=\"" + first + "\"");

    // a monitor retries it: the engine resolves it and the job may run again
    mvc.perform(post("/monitoring/incidents/{key}/retry", first).with(MONITOR).with(csrf()))
        .andExpect(redirectedUrl("/monitoring/incidents"))
        .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("Incident " + first + " retried")));
    assertThat(camunda.newIncidentSearchRequest().filter(f -> f.incidentKey(first)).send().join().items().get(0)
        .getState()).isEqualTo(IncidentState.RESOLVED);
    assertThat(jdbc.queryForObject("select retried_by from amends.incident_retry where incident_key = ?", String.class, first))
        .isEqualTo("monitor");
    assertThat(jdbc.queryForObject("select count(*) from amends.audit_event where actor = 'monitor' and action = 'INCIDENT_RETRIED'"
        + " and subject_id = ?", Integer.class, String.valueOf(first))).isEqualTo(1);

    // the cause was not fixed: it fails again, and the page says it came back after the retry
    ActivatedJob again = activate();
    camunda.newFailCommand(again.getKey()).retries(0).errorMessage("Mail server refused the connection").send().join();
    long second = openIncident(instance);
    historyImport.runOnce();
    assertThat(page("/monitoring/incidents", MONITOR)).contains("data-incident-key=\"" + second + "\"")
        .contains("Came back after a retry by monitor").doesNotContain("data-incident-key=\"" + first + "\"");

    // retrying what is no longer open says so
    mvc.perform(post("/monitoring/incidents/{key}/retry", first).with(MANAGER).with(csrf()))
        .andExpect(redirectedUrl("/monitoring/incidents"))
        .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("is no longer open")));
  }

  @Test
  void shouldRefuseCoordinatorsAndFacilitatorsEveryMonitoringUrl() throws Exception {
    long definition = camunda.newProcessDefinitionSearchRequest().filter(f -> f.processDefinitionId("initial-contact"))
        .send().join().items().get(0).getProcessDefinitionKey();
    List<String> urls = List.of("/monitoring", "/monitoring/processes/initial-contact",
        "/monitoring/processes/initial-contact?view=time",
        "/monitoring/processes/initial-contact/elements/UserTask_RecordContact",
        "/monitoring/diagrams/" + definition + "/diagram.bpmn", "/monitoring/bottlenecks", "/monitoring/ageing",
        "/monitoring/cases/" + started.reference(), "/monitoring/incidents");
    for (String role : List.of("COORDINATOR", "FACILITATOR")) {
      RequestPostProcessor who = user("someone").roles(role);
      for (String url : urls) {
        mvc.perform(get(url).with(who)).andExpect(status().isForbidden());
      }
      mvc.perform(post("/monitoring/incidents/1/retry").with(who).with(csrf())).andExpect(status().isForbidden());
    }
    for (String url : urls) {
      mvc.perform(get(url).with(MONITOR)).andExpect(status().isOk());
    }
  }

  private String page(String url, RequestPostProcessor who) throws Exception {
    return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private List<UserTask> contactTasks() {
    return camunda.newUserTaskSearchRequest()
        .filter(f -> f.elementId("UserTask_RecordContact").state(UserTaskState.CREATED)
            .processInstanceVariables(Map.of("caseId", started.caseId())))
        .send().join().items();
  }

  private void deployFlaky() {
    camunda.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(FLAKY)
        .startEvent().serviceTask("ServiceTask_Flaky").zeebeJobType(FLAKY).endEvent().done(), FLAKY + ".bpmn")
        .send().join();
  }

  private ActivatedJob activate() {
    List<ActivatedJob> jobs = new ArrayList<>();
    await().atMost(Duration.ofSeconds(20)).until(() -> {
      jobs.addAll(camunda.newActivateJobsCommand().jobType(FLAKY).maxJobsToActivate(1).send().join().getJobs());
      return !jobs.isEmpty();
    });
    return jobs.get(0);
  }

  private long openIncident(long instance) {
    await().atMost(Duration.ofSeconds(20)).until(() -> !camunda.newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE)).send().join().items().isEmpty());
    return camunda.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE))
        .send().join().items().get(0).getIncidentKey();
  }
}
