package org.amends.app.e2e;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.amends.app.casework.Area;
import org.amends.app.casework.Sensitivity;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.StartedCase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator works a new case from the tasklist in a real browser. */
class CoordinatorBrowserTest extends BrowserTestSupport {

  @Autowired JourneyStarter starter;
  @Autowired CamundaClient camunda;

  @Test
  void shouldClaimAndCompleteTheFirstTaskOfANewCase() throws Exception {
    // given a new case whose parties are waiting to be contacted
    StartedCase started = starter.start(newCase(Area.COLCHESTER, Sensitivity.NONE,
        harmed("Wren Ashby", LocalDate.of(1978, 6, 1), "wren.ashby@example.org"),
        harmer("Sol Barker", LocalDate.of(2000, 4, 2), "sol.barker@example.org")));
    await().atMost(Duration.ofSeconds(30)).until(() -> camunda.newUserTaskSearchRequest()
        .filter(f -> f.elementId("UserTask_RecordContact").state(UserTaskState.CREATED))
        .send().join().items().size() >= 2);

    // when a coordinator signs in and looks for the case's unassigned tasks
    signIn("coordinator");
    browser().open("/tasks?view=unassigned&reference=" + started.reference());
    assertThat(browser().heading()).contains("Tasks");
    browser().screenshot("10-tasklist");
    assertAccessible("the tasklist");

    browser().click(By.xpath("(//button[starts-with(normalize-space(), 'Claim')])[1]"));
    browser().click(By.xpath("(//a[normalize-space()='Record contact with the party'])[1]"));
    Files.writeString(Path.of("target", "task-page.html"), browser().driver().getPageSource());
    browser().screenshot("11-task-with-form");
    browser().waitFor(By.cssSelector(".fjs-form"));
    browser().screenshot("11-task-with-form");
  }
}
