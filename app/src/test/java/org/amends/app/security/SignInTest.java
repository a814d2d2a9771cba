package org.amends.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.amends.app.EmbeddedEngineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in against the staff accounts in the database (development profile, asked for). */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignInTest extends EmbeddedEngineTestSupport {

  @Autowired MockMvc mvc;
  @Autowired StaffAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldSendSomeoneNotSignedInToTheSignInPage() throws Exception {
    mvc.perform(get("/tasks"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", endsWith("/login")));
  }

  @Test
  void shouldShowTheSignInPageWithLabelledFields() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<label class=\"govuk-label\" for=\"username\">User name</label>")))
        .andExpect(content().string(containsString("name=\"_csrf\"")));
  }

  @Test
  void shouldSignInADevelopmentCoordinatorWhoseSeededPasswordIsHashed() throws Exception {
    mvc.perform(formLogin().user("coordinator").password("amends"))
        .andExpect(authenticated().withUsername("coordinator").withRoles("COORDINATOR"))
        // "/" sends each role on to where it works (StartPage)
        .andExpect(redirectedUrl("/"));

    String hash = jdbc.sql("select password_hash from amends.staff_account where username = 'coordinator'")
        .query(String.class).single();
    assertThat(hash).startsWith("{argon2}").doesNotContain("amends");
  }

  @Test
  void shouldRefuseAWrongPasswordWithAnErrorSummary() throws Exception {
    mvc.perform(formLogin().user("coordinator2").password("wrong"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/login").param("error", ""))
        .andExpect(content().string(containsString("<title>Error: Sign in")))
        .andExpect(content().string(containsString("href=\"#username\">Enter a correct user name and password")));
  }

  @Test
  void shouldRefuseASignInWithoutCsrfToken() throws Exception {
    mvc.perform(post("/login").param("username", "monitor").param("password", "amends"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/login").with(csrf()).param("username", "monitor").param("password", "amends"))
        .andExpect(authenticated());
  }

  @Test
  void shouldLockAnAccountAfterFiveFailuresInARowAndLogIt(CapturedOutput output) throws Exception {
    accounts.create("lock.test", "Lou Lock", "a long enough passphrase", EnumSet.of(Role.COORDINATOR));
    for (int i = 0; i < 5; i++) {
      mvc.perform(formLogin().user("lock.test").password("guess " + i)).andExpect(redirectedUrl("/login?error"));
    }

    // the right password no longer signs in, and the page says why
    mvc.perform(formLogin().user("lock.test").password("a long enough passphrase"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?locked"));
    mvc.perform(get("/login").param("locked", ""))
        .andExpect(content().string(containsString("<title>Error: Sign in")))
        .andExpect(content().string(containsString(
            "href=\"#username\">Your account is locked because of too many failed attempts to sign in. Try again in 15 minutes")));
    assertThat(output.getAll())
        .contains("Sign-in locked for user 'lock.test' until")
        .contains("after 5 failed attempts in a row")
        .doesNotContain("guess 4");
  }

  @Test
  void shouldStartTheCountAgainAfterAGoodSignIn() throws Exception {
    accounts.create("count.test", "Cat Count", "a long enough passphrase", EnumSet.of(Role.MONITOR));
    for (int i = 0; i < 4; i++) {
      mvc.perform(formLogin().user("count.test").password("guess")).andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(formLogin().user("count.test").password("a long enough passphrase")).andExpect(authenticated());
    for (int i = 0; i < 4; i++) {
      mvc.perform(formLogin().user("count.test").password("guess")).andExpect(redirectedUrl("/login?error"));
    }
    mvc.perform(formLogin().user("count.test").password("a long enough passphrase")).andExpect(authenticated());
  }

  @Test
  void shouldSendSecurityHeadersWithoutUnsafeInline() throws Exception {
    String csp = mvc.perform(get("/login")).andExpect(status().isOk())
        .andExpect(header().string("Referrer-Policy", "same-origin"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
        .andReturn().getResponse().getHeader("Content-Security-Policy");
    assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    // and the pages carry no inline script for it to block
    mvc.perform(get("/login"))
        .andExpect(content().string(containsString("<script src=\"/assets/js-enabled.js\"></script>")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
  }

  @Test
  void shouldAnswerAPartnerCallWithoutKeyWithAProblem() throws Exception {
    mvc.perform(post("/api/partner/referrals").contentType("application/json").content("{}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(content().string(containsString("Send your agency's API key in the X-API-Key header.")));
    mvc.perform(post("/api/partner/referrals").header("X-API-Key", "guess").contentType("application/json").content("{}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().string(containsString("is not known")));
  }
}
