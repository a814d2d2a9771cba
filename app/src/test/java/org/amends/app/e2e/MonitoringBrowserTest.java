package org.amends.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseFixtures;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.Sensitivity;
import org.amends.app.monitoring.history.HistoryImport;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.StartedCase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A process monitor in a real browser: the overview, a diagram with its counts drawn by bpmn-js,
 * the heatmap of time, a filter by area, a click on an element for the cases there, a case from
 * the ageing list, and the retry of an incident raised by a worker that fails on purpose (once
 * more while still broken, then after it is fixed). Axe-core checks each page; screenshots go to
 * app/target/screenshots/60-*.
 */
class MonitoringBrowserTest extends BrowserTestSupport {

  private static final String FLAKY = "monitoring-browser-flaky";
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired JourneyStarter journeys;
  @Autowired CamundaClient camunda;
  @Autowired HistoryImport historyImport;

  @Test
  void shouldFollowACaseFromTheFiguresToItsStepsAndRetryAnIncident() {
    String surname = "Monitored" + UUID.randomUUID().toString().substring(0, 6);
    StartedCase started = journeys.start(CaseFixtures.newCase(new Area("BASILDON"), Sensitivity.NONE,
        CaseFixtures.party(PartyRole.HARMED, "Wren " + surname, LocalDate.of(1978, 6, 1), null, false),
        CaseFixtures.party(PartyRole.HARMER, "Sol " + surname, LocalDate.of(2000, 4, 2), null, false)));
    await().atMost(WAIT).until(() -> camunda.newUserTaskSearchRequest()
        .filter(f -> f.elementId("UserTask_RecordContact").state(UserTaskState.CREATED)
            .processInstanceVariables(Map.of("caseId", started.caseId())))
        .send().join().items().size() == 2);
    AtomicBoolean broken = new AtomicBoolean(true);
    camunda.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(FLAKY).name("Send the weekly return")
        .startEvent().serviceTask("ServiceTask_SendReturn").name("Send the return").zeebeJobType(FLAKY).endEvent().done(),
        FLAKY + ".bpmn").send().join();
    try (JobWorker worker = camunda.newWorker().jobType(FLAKY).handler((client, job) -> {
      if (broken.get()) {
        client.newFailCommand(job).retries(0).errorMessage("The return service refused the connection").send().join();
      } else {
        client.newCompleteCommand(job).send().join();
      }
    }).pollInterval(Duration.ofMillis(100)).open()) {
      long instance = camunda.newCreateInstanceCommand().bpmnProcessId(FLAKY).latestVersion().send().join()
          .getProcessInstanceKey();
      awaitIncident(instance);
      historyImport.runOnce();

      // the overview
      signIn("monitor");
      assertThat(browser().path()).isEqualTo("/monitoring");
      assertThat(browser().text()).contains("Open cases by process", "Referrals and closures per week");
      step("60-monitoring-overview");

      // the diagram with counts on its elements
      browser().click(By.linkText("Initial contact with a party"));
      waitForDiagram();
      assertThat(browser().find(By.id("element-figures")).getText()).contains("Record contact with the party");
      assertThat(browser().driver().findElements(By.cssSelector(".amends-overlay"))).isNotEmpty();
      assertThat(browser().driver().findElements(By.cssSelector(".bjs-powered-by"))).as("the bpmn.io watermark").isNotEmpty();
      step("61-monitoring-diagram-counts");

      // the heatmap of time
      browser().click(By.id("view-time"));
      waitForDiagram();
      assertThat(browser().text()).contains("Time spent at each step", "Longest wait");
      step("62-monitoring-heatmap");

      // filtered to an area
      new Select(browser().find(By.id("area"))).selectByVisibleText("Basildon");
      browser().press("Apply filters");
      waitForDiagram();
      assertThat(browser().path()).contains("area=BASILDON").contains("view=time");
      step("63-monitoring-heatmap-basildon");

      // a click on an element lists the cases waiting there
      browser().click(By.cssSelector("g.djs-element[data-element-id='UserTask_RecordContact']"));
      browser().waitFor(By.id("waiting"));
      assertThat(browser().heading()).contains("Record contact with the party");
      assertThat(browser().text()).contains(started.reference(), "Basildon");
      step("64-monitoring-cases-at-element");

      // the ageing list, and a case from it
      browser().open("/monitoring/ageing");
      step("65-monitoring-ageing");
      browser().click(By.linkText(started.reference()));
      assertThat(browser().heading()).isEqualTo(started.reference());
      assertThat(browser().text()).contains("Record contact with the party", "Basildon").doesNotContain(surname);
      step("66-monitoring-case");

      // an incident: retried while its cause is not fixed, it comes back, marked as retried
      browser().open("/monitoring/incidents");
      assertThat(browser().text()).contains("The return service refused the connection", "1 open incident.");
      step("67-monitoring-incidents");
      browser().click(By.cssSelector("#incidents button"));
      browser().waitFor(By.cssSelector(".govuk-notification-banner"));
      assertThat(browser().text()).contains("retried: the step runs again");
      awaitIncident(instance);
      historyImport.runOnce();
      browser().open("/monitoring/incidents");
      assertThat(browser().text()).contains("Came back after a retry by monitor");
      step("68-monitoring-incident-came-back");

      // fixed, retried again: the job completes and the incident is gone
      broken.set(false);
      browser().click(By.cssSelector("#incidents button"));
      browser().waitFor(By.cssSelector(".govuk-notification-banner"));
      await().atMost(WAIT).until(() -> camunda.newProcessInstanceSearchRequest()
          .filter(f -> f.processInstanceKey(instance)).send().join().items().get(0).getEndDate() != null);
      historyImport.runOnce();
      browser().open("/monitoring/incidents");
      assertThat(browser().text()).contains("0 open incidents.");
      step("69-monitoring-incidents-resolved");
    }
  }

  private void awaitIncident(long instance) {
    await().atMost(WAIT).until(() -> !camunda.newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE)).send().join().items().isEmpty());
  }

  private void waitForDiagram() {
    browser().waitFor(By.cssSelector("#diagram[data-rendered='true']"));
  }

  private void step(String name) {
    assertAccessible(name);
    browser().screenshot(name);
  }
}
