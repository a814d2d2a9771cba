package org.amends.app.e2e;

import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The whole way in a real browser: someone refers themselves through the public question pages,
 * then a coordinator signs in, claims the case's first tasks, completes them through their
 * Camunda forms and sees the case move on. Every page is checked with axe-core and saved as a
 * screenshot.
 */
class ReferralToFirstTasksBrowserTest extends BrowserTestSupport {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String RECORD_CONTACT = "Record contact with the party";
  private static final String ACCEPTS_RESPONSIBILITY = "Do they accept responsibility";

  @Test
  void shouldTakeASelfReferralToItsFirstCompletedTasks() {
    String surname = surname();

    // given someone who was harmed and wants to ask for restorative justice
    browser().driver().manage().deleteAllCookies();
    browser().open("/self-referral");
    step("20-self-referral-start");
    browser().press("Start now");

    // when they answer one question a page
    assertThat(browser().path()).isEqualTo("/self-referral/who");
    browser().press("Continue");
    assertThat(browser().driver().getTitle()).startsWith("Error: ");
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
    assertThat(browser().path()).isEqualTo("/self-referral/confirmation");
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

    // and claims and completes each through its form: both want to take part
    boolean first = true;
    while (!browser().driver().findElements(By.linkText(RECORD_CONTACT)).isEmpty()) {
      browser().click(By.linkText(RECORD_CONTACT));
      browser().press("Claim this task");
      browser().waitFor(By.cssSelector(".fjs-form"));
      if (first) {
        step("41-task-with-form");
        // the form's own validation, summarised at the top the GOV.UK way
        browser().press("Complete task");
        browser().waitFor(By.id("form-error-summary"));
        assertThat(browser().find(By.id("form-error-summary")).getText())
            .contains("What happened when you contacted them?");
        browser().screenshot("42-task-form-errors");
        first = false;
      }
      chooseInSelect("What happened when you contacted them?", "They want to take part");
      chooseInSelect("How did you contact them?", "Email");
      // only the person who caused harm is asked whether they accept responsibility
      if (!browser().driver().findElements(By.xpath(formLabel(ACCEPTS_RESPONSIBILITY))).isEmpty()) {
        browser().click(By.xpath(formLabel(ACCEPTS_RESPONSIBILITY) + "/following::label[normalize-space()='Yes'][1]"));
      }
      WebElement date = browser().find(By.xpath(formLabel("When did you contact them?") + "/following::input[1]"));
      date.sendKeys(LocalDate.now().format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.TAB);
      browser().find(By.xpath(formLabel("Notes (optional)") + "/following::textarea[1]"))
          .sendKeys("Prefers a call after 5pm.");
      browser().press("Complete task");
      browser().waitFor(By.cssSelector(".govuk-notification-banner"));
      assertThat(browser().text()).contains("Task completed: " + RECORD_CONTACT);
      browser().open("/tasks?view=unassigned&reference=" + reference);
    }

    // then the case moves on to the risk assessment
    await().atMost(WAIT).until(() -> {
      browser().open("/tasks?view=open&reference=" + reference);
      return !browser().driver().findElements(By.linkText("Assess risk")).isEmpty();
    });
    step("43-tasklist-case-moved-on");

    // and its page shows the contacts, the notes and the steps taken
    browser().open("/cases?reference=" + reference);
    browser().click(By.linkText(reference));
    assertThat(browser().heading()).contains(reference);
    assertThat(browser().text()).contains("Prefers a call after 5pm.", "Record contact with the party");
    step("44-case-page");
  }

  /** form-js draws its own drop-down list: open it, then pick the entry. */
  private void chooseInSelect(String label, String entry) {
    browser().click(By.xpath(formLabel(label) + "/following::div[contains(@class, 'fjs-select-display')][1]"));
    By item = By.xpath("//*[contains(@class, 'fjs-dropdownlist-item') and normalize-space()='" + entry + "']");
    browser().waitFor(item);
    new Actions(browser().driver()).moveToElement(browser().find(item)).click().perform();
  }

  private static String formLabel(String text) {
    return "//label[contains(@class, 'fjs-form-field-label') and starts-with(normalize-space(), '" + text + "')]";
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
