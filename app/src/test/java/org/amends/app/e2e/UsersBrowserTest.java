package org.amends.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class UsersBrowserTest extends BrowserTestSupport {

  @Test
  void shouldLetAManagerAddAMemberOfStaffAndChangeTheirRoles() {
    // given a manager, signed in
    signIn("manager");

    // when they open the users page from the navigation
    browser().click(By.linkText("Users"));

    // then they see the staff, on an accessible page that works under the Content-Security-Policy
    assertThat(browser().path()).isEqualTo("/users");
    assertThat(browser().text()).contains("Cara Coordinator", "Mina Monitor");
    assertAccessible("the users page");
    browser().screenshot("50-users");

    // and adding someone explains each problem, then adds them
    browser().click(By.linkText("Add a member of staff"));
    browser().press("Add member of staff");
    browser().waitFor(By.className("govuk-error-summary"));
    assertThat(browser().driver().getTitle()).startsWith("Error: Add a member of staff");
    assertAccessible("the new member of staff page with errors");
    browser().type("username", "una.user");
    browser().type("displayName", "Una User");
    browser().type("password", "tea at the lighthouse");
    browser().choose("Coordinator");
    browser().press("Add member of staff");
    browser().waitForText("You added Una User");
    assertThat(browser().path()).isEqualTo("/users");

    // and their roles can change
    browser().click(By.xpath("//a[.//span[normalize-space()='Una User']]"));
    assertAccessible("a member of staff's page");
    browser().screenshot("51-user");
    browser().choose("Monitor");
    browser().press("Save roles");
    browser().waitForText("You changed the roles of Una User");
    assertThat(browser().find(By.xpath("//tr[td[normalize-space()='una.user']]")).getText())
        .contains("Coordinator, Monitor");
  }
}
