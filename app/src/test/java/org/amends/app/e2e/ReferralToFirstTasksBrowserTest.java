package org.amends.app.e2e;

import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole way in a real browser: someone refers themselves through the public question pages,
 * then a coordinator signs in, claims the case's first tasks, completes them through their
 * Camunda forms and sees the case move on. Every page is checked with axe-core and saved as a
 * screenshot.
 */
class ReferralToFirstTasksBrowserTest extends BrowserTestSupport {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String RECORD_CONTACT = "Record contact with the party";

  @Test
  void shouldTakeASelfReferralToItsFirstCompletedTasks() {
    String surname = surname();

    // given someone who was harmed and wants to ask for restorative justice
    browser().driver().manage().deleteAllCookies();
    browser().open("/self-referral");
    step("20-self-referral-start");
    browser().press("Start now");

    // when they answer one question a page
    waitForPath("/self-referral/who");
    browser().press("Continue");
    new WebDriverWait(browser().driver(), Duration.ofSeconds(20)).until(d -> d.getTitle().startsWith("Error: "));
    step("21-self-referral-who-error");
    browser().choose("I was harmed");
    answer("21-self-referral-who");
    browser().type("name", "Wren " + surname);
    answer("22-self-referral-name");
    browser().type("dateOfBirth", "1");
    browser().type("dateOfBirth-month", "6");
    browser().type("dateOfBirth-year", "1978");
    answer("23-self-referral-date-of-birth");
    browser().click(By.id("contactMethod"));
    answer("24-self-referral-contact");
    browser().type("email", "wren." + surname.toLowerCase() + "@example.org");
    answer("25-self-referral-email");
    browser().click(By.id("incidentType-DAMAGE"));
    answer("26-self-referral-what-happened");
    browser().type("incidentDate", "3");
    browser().type("incidentDate-month", "9");
    browser().type("incidentDate-year", "2026");
    answer("27-self-referral-when");
    browser().click(By.id("area"));
    answer("28-self-referral-where");
    browser().click(By.id("reported-no"));
    answer("29-self-referral-reported");
    browser().type("otherPersonName", "Sol " + surname);
    answer("30-self-referral-other-person");
    answer("31-self-referral-safety");

    // then they check their answers and send them
    assertThat(browser().path()).isEqualTo("/self-referral/check-answers");
    assertThat(browser().text()).contains("Wren " + surname, "1 June 1978", "Colchester");
    step("32-self-referral-check-answers");
    browser().press("Accept and send");
    waitForPath("/self-referral/confirmation");
    String reference = browser().find(By.cssSelector(".govuk-panel__body strong")).getText();
    assertThat(reference).startsWith("RJ-");
    step("33-self-referral-confirmation");

    // when a coordinator signs in and finds the new case's first tasks
    signIn("coordinator");
    assertThat(browser().path()).startsWith("/tasks");
    await().atMost(WAIT).until(() -> {
      browser().open("/tasks?view=unassigned&reference=" + reference);
      return browser().driver().findElements(By.linkText(RECORD_CONTACT)).size() == 2;
    });
    step("40-tasklist");

    // and claims and completes each through its form, drawn on the server as GOV.UK components:
    // the harmer's with JavaScript, the harmed person's with JavaScript switched off
    for (int i = 0; i < 2; i++) {
      browser().open("/tasks?view=unassigned&reference=" + reference);
      browser().click(By.linkText(RECORD_CONTACT));
      new WebDriverWait(browser().driver(), WAIT).until(d -> browser().path().matches("/tasks/\\d+"));
      String task = browser().path();
      browser().press("Claim this task");
      browser().waitFor(By.id("task-form"));
      browser().open(task + "?view=details");
      boolean harmer = browser().find(By.id("task-variables")).getText().contains("\"HARMER\"");
      if (harmer) {
        completeWithJavaScript(task);
      } else {
        completeWithoutJavaScript(task);
      }
    }

    // then the case moves on to the risk assessment
    await().atMost(WAIT).until(() -> {
      browser().open("/tasks?view=open&reference=" + reference);
      return !browser().driver().findElements(By.linkText("Assess risk")).isEmpty();
    });
    step("46-tasklist-case-moved-on");

    // and its page shows the contacts, the notes and the steps taken
    browser().open("/cases?reference=" + reference);
    browser().click(By.linkText(reference));
    assertThat(browser().heading()).contains(reference);
    assertThat(browser().text()).contains("Prefers a call after 5pm.", "Record contact with the party");
    step("47-case-page");
  }

  /**
   * The harmer's contact: the question whether they accept responsibility appears as soon as
   * "They want to take part" is chosen (its FEEL condition, evaluated again in the browser).
   */
  private void completeWithJavaScript(String task) {
    browser().open(task);
    WebElement accepts = browser().find(By.id("Field_acceptsResponsibility-component"));
    assertThat(accepts.isDisplayed()).isFalse();
    step("41-task-form");
    new Select(browser().find(By.id("Field_contactOutcome"))).selectByVisibleText("They want to take part");
    new WebDriverWait(browser().driver(), Duration.ofSeconds(10)).until(d -> accepts.isDisplayed());
    browser().click(By.id("Field_acceptsResponsibility"));
    new Select(browser().find(By.id("Field_contactMethod"))).selectByVisibleText("Email");
    typeDate(LocalDate.now());
    browser().type("Field_notes", "Prefers a call after 5pm.");
    step("42-task-form-answered");
    browser().press("Complete task");
    browser().waitFor(By.cssSelector(".govuk-notification-banner"));
    browser().waitForText("Task completed: " + RECORD_CONTACT);
  }

  /**
   * The harmed person's contact with JavaScript switched off in the page: the form is an ordinary
   * form post; errors come back in the GOV.UK error summary with the answers kept.
   */
  private void completeWithoutJavaScript(String task) {
    Map<String, Object> off = Map.of("value", true);
    ((ChromeDriver) browser().driver()).executeCdpCommand("Emulation.setScriptExecutionDisabled", off);
    try {
      browser().open(task);
      assertThat(browser().find(By.tagName("body")).getDomAttribute("class")).doesNotContain("js-enabled");
      stepWithoutJavaScript("43-task-form-without-javascript");
      new Select(browser().find(By.id("Field_contactMethod"))).selectByVisibleText("Phone");
      browser().type("Field_contactedOn", "31");
      browser().type("Field_contactedOn-month", "2");
      browser().type("Field_contactedOn-year", String.valueOf(LocalDate.now().getYear()));
      browser().press("Complete task");
      browser().waitFor(By.className("govuk-error-summary"));
      assertThat(browser().driver().getTitle()).startsWith("Error: ");
      WebElement summary = browser().find(By.className("govuk-error-summary"));
      assertThat(summary.findElements(By.tagName("a"))).extracting(a -> a.getDomAttribute("href") + " " + a.getText())
          .containsExactly("#Field_contactOutcome Select what happened when you contacted them",
              "#Field_contactedOn The date for “When did you contact them?” must be a real date");
      assertThat(new Select(browser().find(By.id("Field_contactMethod"))).getFirstSelectedOption().getText()).isEqualTo("Phone");
      assertThat(browser().find(By.id("Field_contactedOn")).getDomProperty("value")).isEqualTo("31");
      stepWithoutJavaScript("44-task-form-errors-without-javascript");
      new Select(browser().find(By.id("Field_contactOutcome"))).selectByVisibleText("They want to take part");
      typeDate(LocalDate.now());
      browser().press("Complete task");
      browser().waitFor(By.cssSelector(".govuk-notification-banner"));
      browser().waitForText("Task completed: " + RECORD_CONTACT);
      stepWithoutJavaScript("45-task-completed-without-javascript");
    } finally {
      ((ChromeDriver) browser().driver()).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  private void waitForPath(String path) {
    new WebDriverWait(browser().driver(), WAIT).until(d -> browser().path().equals(path));
  }

  private void typeDate(LocalDate date) {
    browser().type("Field_contactedOn", String.valueOf(date.getDayOfMonth()));
    browser().type("Field_contactedOn-month", String.valueOf(date.getMonthValue()));
    browser().type("Field_contactedOn-year", String.valueOf(date.getYear()));
  }

  /** Axe-core on a page whose own scripts did not run (axe itself is run through the driver). */
  private void stepWithoutJavaScript(String name) {
    // axe answers through the page's timers, which are off with its scripts: on again for axe alone
    // (the page's own scripts ran, or not, when it loaded; switching on now does not run them)
    ChromeDriver chromium = (ChromeDriver) browser().driver();
    chromium.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    try {
      assertThat(Axe.seriousViolations(chromium)).as("serious or critical WCAG 2.2 violations on %s", name).isEmpty();
    } finally {
      chromium.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    }
    assertThat(browser().blockedByContentSecurityPolicy()).as("blocked by the Content-Security-Policy on %s", name).isEmpty();
    browser().screenshot(name);
  }

  /** Checks the page, saves it, and goes on. */
  /** Continues from a question, waiting for the next page (or the same one with its errors). */
  private void answer(String name) {
    step(name);
    String question = browser().path();
    browser().press("Continue");
    new WebDriverWait(browser().driver(), Duration.ofSeconds(20)).until(d -> !browser().path().equals(question)
        || !d.findElements(By.className("govuk-error-summary")).isEmpty());
  }

  private void step(String name) {
    assertAccessible(name);
    browser().screenshot(name);
  }

  private static String surname() {
    StringBuilder letters = new StringBuilder("Q");
    for (int i = 0; i < 7; i++) {
      letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return letters.toString();
  }
}
