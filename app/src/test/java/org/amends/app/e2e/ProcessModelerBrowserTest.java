package org.amends.app.e2e;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.LocalDate;
import org.amends.app.casework.Area;
import org.amends.app.casework.Sensitivity;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.StartedCase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager changes the journey in the browser: renames a user task, changes a timer, meets a
 * lint error (a service task without a job type), fixes it, compares the draft with the live
 * version, deploys it with a comment; new cases then start on the new version while a case
 * started before stays on the old one, until the manager moves it. Every page is checked with
 * axe-core and saved as a screenshot (app/target/screenshots/6x-*.png).
 *
 * <p>The edits go through the modeler's own modeling API (what the palette and properties panel
 * call); the problems panel, the forms and the buttons are used as a person uses them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessModelerBrowserTest extends BrowserTestSupport {

  private static final String PROCESS = "restorative-justice-case";
  private static final String SERVICE_TASK = "ServiceTask_SendSatisfactionSurveys";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired JourneyStarter journeys;
  @Autowired CamundaClient camunda;

  private StartedCase before;

  @Test
  @Order(1)
  void shouldLetAManagerEditCompareAndDeployTheJourney() {
    // given a case that started on the bundled journey (version 1)
    before = journeys.start(newCase(new Area("CHELMSFORD"), Sensitivity.NONE,
        harmed("Wren Modeller", LocalDate.of(1978, 6, 1), null), harmer("Sol Modeller", LocalDate.of(2000, 4, 2), null)));
    assertThat(version(before.processInstanceKey())).isEqualTo(1);

    // when a manager opens the journey from the navigation
    signIn("manager");
    browser().click(By.linkText("Processes"));
    assertThat(browser().path()).isEqualTo("/processes");
    assertThat(browser().find(By.id("processes")).getText()).contains("Restorative justice case", "Bundled with Amends");
    step("60-processes");
    browser().click(By.linkText("Restorative justice case"));
    assertThat(browser().find(By.cssSelector("#versions [data-version='1']")).getText()).contains("Live", "Bundled with Amends");
    step("61-process-versions");

    // and edits it in the modeler: renames a user task and changes a timer
    browser().press("Edit the process");
    waitForLint();
    assertThat(browser().find(By.cssSelector(".bjs-powered-by")).isDisplayed()).as("the bpmn.io watermark").isTrue();
    step("62-modeler");
    script("const m = window.amendsModeler, r = m.get('elementRegistry');"
        + "m.get('modeling').updateLabel(r.get('UserTask_AssessRisk'), 'Assess risk and needs');"
        + "const timer = r.get('TimerEvent_SurveyWindow');"
        + "m.get('modeling').updateModdleProperties(timer, timer.businessObject.eventDefinitions[0].timeDuration, { body: 'P21D' });");

    // and removes a service task's job type: the problems panel shows the error
    script("const m = window.amendsModeler, task = m.get('elementRegistry').get('" + SERVICE_TASK + "');"
        + "const extensions = task.businessObject.extensionElements;"
        + "m.get('modeling').updateModdleProperties(task, extensions,"
        + " { values: extensions.values.filter(v => v.$type !== 'zeebe:TaskDefinition') });");
    By problem = By.cssSelector("#problems button[data-element='" + SERVICE_TASK + "']");
    new WebDriverWait(browser().driver(), WAIT).until(d -> !d.findElements(problem).isEmpty());
    assertThat(browser().find(By.id("problem-count")).getText()).startsWith("1 error");
    assertThat(browser().find(problem).getText()).contains("Send satisfaction surveys");
    browser().click(problem);
    assertThat(script("return window.amendsModeler.get('selection').get().map(e => e.id).join()")).isEqualTo(SERVICE_TASK);
    step("63-modeler-lint-error");

    // then a draft with the error is saved but cannot be deployed
    browser().press("Save draft");
    waitForText("Draft saved. It has errors to fix before it can be deployed.");
    browser().open("/processes/" + PROCESS + "/deploy");
    browser().type("comment", "Longer survey window");
    browser().press("Deploy");
    waitForText("The draft has 1 error: fix them in the modeler");
    assertThat(browser().driver().getTitle()).startsWith("Error: Deploy");
    step("64-deploy-refused-lint");

    // when the manager reopens the draft and gives the task a job type again
    browser().open("/processes/" + PROCESS + "/edit");
    assertThat(browser().find(By.id("opened")).getText()).contains("You are editing the draft saved by manager");
    waitForLint();
    script("const m = window.amendsModeler, task = m.get('elementRegistry').get('" + SERVICE_TASK + "');"
        + "const extensions = task.businessObject.extensionElements;"
        + "const definition = m.get('bpmnFactory').create('zeebe:TaskDefinition', { type: 'send-surveys' });"
        + "m.get('modeling').updateModdleProperties(task, extensions, { values: [ ...extensions.values, definition ] });");
    new WebDriverWait(browser().driver(), WAIT).until(d -> d.findElements(problem).isEmpty()
        && d.findElement(By.id("problem-count")).getText().startsWith("0 errors"));
    new WebDriverWait(browser().driver(), WAIT).until(d -> d.findElement(By.xpath("//button[normalize-space()='Save draft']")).isEnabled());
    browser().press("Save draft");
    waitForText("Draft saved. Compare it with the live version or deploy it.");

    // then comparing the draft with the live version lists the three changes
    browser().press("Compare the draft with the live version");
    new WebDriverWait(browser().driver(), WAIT).until(d -> d.findElement(By.id("diagrams")).getDomAttribute("data-marked") != null);
    // and only they: the modeler re-saved the whole diagram, which must not read as changes
    // (moves aside, which are listed but change nothing for cases)
    assertThat(browser().driver().findElements(By.cssSelector("#changes li:not([data-type='MOVED'])")))
        .extracting(WebElement::getText).containsExactlyInAnyOrder(
        "Renamed the user task 'Assess risk' to 'Assess risk and needs'",
        "Changed the timer 'Two weeks for replies' from P14D to P21D",
        "Changed the job type of the service task 'Send satisfaction surveys' from send-satisfaction-surveys to send-surveys");
    // bpmn-js-differ marks the renamed task and the changed settings on the diagrams
    assertThat(browser().driver().findElements(
        By.cssSelector("#diagram-new .amends-diff-changed[data-element-id='UserTask_AssessRisk']"))).hasSize(1);
    assertThat(browser().driver().findElements(By.cssSelector("#diagram-new .amends-diff-changed"))).hasSizeGreaterThanOrEqualTo(2);
    step("65-compare");

    // and the deploy page shows the impact, asks for a comment, and deploys
    browser().open("/processes/" + PROCESS + "/deploy");
    assertThat(browser().find(By.id("impact")).getText()).contains("Renamed the user task 'Assess risk'");
    step("66-deploy");
    browser().type("comment", "");
    browser().press("Deploy");
    waitForText("Enter a comment that says what changed and why");
    step("67-deploy-comment-error");
    browser().type("comment", "Three weeks for survey replies; clearer risk step");
    browser().press("Deploy");
    waitForText("Version 2 is live.");
    assertThat(browser().path()).isEqualTo("/processes/" + PROCESS);
    assertThat(browser().find(By.cssSelector("#versions [data-version='2']")).getText())
        .contains("Live", "manager", "Three weeks for survey replies; clearer risk step");
    step("68-deployed");

    // then a new referral runs on version 2, while the case started before stays on version 1
    StartedCase after = journeys.start(newCase(new Area("CHELMSFORD"), Sensitivity.NONE,
        harmed("Ada Modeller", LocalDate.of(1981, 2, 3), null), harmer("Bo Modeller", LocalDate.of(1999, 5, 6), null)));
    assertThat(version(after.processInstanceKey())).isEqualTo(2);
    assertThat(version(before.processInstanceKey())).isEqualTo(1);
  }

  @Test
  @Order(2)
  void shouldMoveTheCaseStartedBeforeToTheNewVersion() {
    openMigratePage();
    browser().press("Move the open cases");
    waitForText("from version 1 to version 2");
    assertThat(version(before.processInstanceKey())).isEqualTo(2);
    step("69-migrated");
  }

  @Test
  @Order(3)
  void shouldLetAManagerEditAFormAndSaveItAsADraft() {
    signIn("manager");
    browser().open("/processes/" + PROCESS);
    browser().click(By.linkText("record-sentence"));
    new WebDriverWait(browser().driver(), WAIT).until(d -> !d.findElements(By.cssSelector("#form-canvas .fjs-editor-container")).isEmpty());
    step("70-form-editor");

    // a field's label changes; saving keeps a draft, with no problems for the process
    script("const editor = window.amendsFormEditor, schema = editor.saveSchema();"
        + "const field = schema.components.find(c => c.key);"
        + "editor.get('modeling').editFormField(editor.get('formFieldRegistry').get(field.id), 'label', 'Sentence given by the court');");
    browser().press("Save form draft");
    waitForText("Form draft saved. It is deployed with the process's next version.");
    browser().waitForText("You are editing the draft saved by manager");
    step("71-form-draft-saved");
  }

  private void openMigratePage() {
    signIn("manager");
    browser().open("/processes/" + PROCESS + "/migrate");
    assertThat(browser().find(By.id("from")).getText()).contains("Version 1");
    assertThat(browser().find(By.id("mapping")).getText()).contains("Move the open cases");
    step("69-migrate");
  }

  private int version(long processInstanceKey) {
    return camunda.newProcessInstanceGetRequest(processInstanceKey).send().join().getProcessDefinitionVersion();
  }

  /** The modeler posts its form from script (after a last lint): wait for the next page. */
  private void waitForText(String text) {
    try {
      // the body read while the next page replaces it is stale: read the new one on the next try
      new WebDriverWait(browser().driver(), WAIT).ignoring(StaleElementReferenceException.class)
          .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser().screenshot("6x-waiting-for-text");
      throw new AssertionError("No '" + text + "' on " + browser().path() + ": " + browser().text(), e);
    }
  }

  private void waitForLint() {
    new WebDriverWait(browser().driver(), WAIT).until(d -> d.findElement(By.id("canvas")).getDomAttribute("data-linted") != null);
  }

  private Object script(String javascript) {
    return ((JavascriptExecutor) browser().driver()).executeScript(javascript);
  }

  private void step(String name) {
    assertAccessible(name);
    browser().screenshot(name);
  }
}
