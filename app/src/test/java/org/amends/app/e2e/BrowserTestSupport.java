package org.amends.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.amends.app.EngineAndMailTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port with the embedded engine and PostgreSQL, driven by a real
 * headless chromium. One browser per test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport extends EngineAndMailTestSupport {

  private static Browser browser;

  @LocalServerPort int port;

  @BeforeEach
  void openBrowser() {
    if (browser == null) {
      browser = new Browser("http://127.0.0.1:" + port);
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  Browser browser() {
    return browser;
  }

  void signIn(String username) {
    browser.driver().manage().deleteAllCookies();
    browser.open("/login");
    browser.type("username", username);
    browser.type("password", "amends");
    browser.press("Sign in");
    // a sign-in that worked always leaves the sign-in page; reading the page before it has would
    // read the old one
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !browser.path().startsWith("/login"));
  }

  /**
   * Axe-core finds nothing serious or critical on the page now shown, and the page works under
   * the Content-Security-Policy: nothing blocked, and its script ran (GOV.UK's js-enabled class).
   */
  void assertAccessible(String page) {
    assertThat(Axe.seriousViolations(browser.driver())).as("serious or critical WCAG 2.2 violations on %s", page).isEmpty();
    assertThat(browser.blockedByContentSecurityPolicy()).as("blocked by the Content-Security-Policy on %s", page).isEmpty();
    assertThat(browser.find(By.tagName("body")).getDomAttribute("class")).as("body classes on %s", page)
        .contains("js-enabled");
  }
}
