package org.amends.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class ServiceListsBrowserTest extends BrowserTestSupport {

  @Test
  void shouldLetAManagerAddRenameAndRetireAnArea() {
    // given a manager, signed in
    signIn("manager");

    // when they open the areas and sources page from the navigation
    browser().click(By.linkText("Areas and sources"));
    browser().waitFor(By.id("areas"));

    // then they see the service's areas and sources, on an accessible page
    assertThat(browser().path()).isEqualTo("/service-lists");
    assertThat(browser().text()).contains("Colchester", "Brentwood", "Police", "Self-referral");
    assertAccessible("the areas and sources page");
    browser().screenshot("60-service-lists");

    // and adding an area explains a missing name, then adds it
    browser().press("Add an area");
    browser().waitFor(By.id("name"));
    browser().press("Add");
    browser().waitFor(By.className("govuk-error-summary"));
    assertThat(browser().driver().getTitle()).startsWith("Error: Add an area");
    assertThat(browser().text()).contains("Enter the name of the area");
    assertAccessible("the add an area page with errors");
    browser().screenshot("61-add-area-error");
    browser().type("name", "Browser Vale");
    browser().press("Add");
    browser().waitFor(By.className("govuk-notification-banner"));
    browser().waitForText("You added Browser Vale");

    // and renaming keeps its code
    browser().click(By.xpath("//a[.//span[normalize-space()='Browser Vale']]"));
    browser().waitFor(By.id("name"));
    assertThat(browser().text()).contains("BROWSER_VALE");
    assertAccessible("the rename page");
    browser().type("name", "Browser Vale North");
    browser().press("Save name");
    browser().waitFor(By.className("govuk-notification-banner"));
    browser().waitForText("You renamed Browser Vale to Browser Vale North");

    // and retiring marks it, with a button to offer it again
    browser().click(By.xpath("//form[contains(@action, '/service-lists/areas/BROWSER_VALE/retired')]//button"));
    browser().waitFor(By.className("govuk-notification-banner"));
    assertThat(browser().text()).contains("You retired Browser Vale North");
    assertThat(browser().find(By.xpath("//tr[td[normalize-space()='Browser Vale North']]")).getText())
        .contains("BROWSER_VALE", "Retired", "Offer again");
    assertAccessible("the areas and sources page with a retired area");
    browser().screenshot("62-service-lists-retired");
  }
}
