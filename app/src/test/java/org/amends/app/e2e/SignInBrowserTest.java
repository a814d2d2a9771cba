package org.amends.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class SignInBrowserTest extends BrowserTestSupport {

  @Test
  void shouldAskForSignInAndExplainAWrongPassword() {
    // given someone not signed in
    browser().driver().manage().deleteAllCookies();

    // when they open the tasklist
    browser().open("/tasks");

    // then they are asked to sign in, on an accessible page
    assertThat(browser().path()).isEqualTo("/login");
    assertThat(browser().heading()).isEqualTo("Sign in");
    assertAccessible("the sign-in page");
    browser().screenshot("00-sign-in");

    // and a wrong password is explained with an error summary that links to the field
    browser().type("username", "coordinator");
    browser().type("password", "not-the-password");
    browser().press("Sign in");
    assertThat(browser().driver().getTitle()).startsWith("Error: Sign in");
    browser().click(By.linkText("Enter a correct user name and password"));
    assertThat(browser().driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("username");
    assertAccessible("the sign-in page with an error");
  }
}
