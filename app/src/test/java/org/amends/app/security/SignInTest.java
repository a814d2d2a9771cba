package org.amends.app.security;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(LoginController.class)
@Import({SecurityConfiguration.class, CurrentStaff.class})
class SignInTest {

  @Autowired MockMvc mvc;

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
  void shouldSignInADevelopmentCoordinator() throws Exception {
    mvc.perform(formLogin().user("coordinator").password("amends"))
        .andExpect(authenticated().withUsername("coordinator").withRoles("COORDINATOR"))
        // "/" sends each role on to where it works (StartPage)
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void shouldRefuseAWrongPasswordWithAnErrorSummary() throws Exception {
    mvc.perform(formLogin().user("coordinator").password("wrong"))
        .andExpect(unauthenticated())
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/login").param("error", ""))
        .andExpect(content().string(containsString("<title>Error: Sign in")))
        .andExpect(content().string(containsString("href=\"#username\">Enter a correct user name and password")));
  }

  @Test
  void shouldRefuseASignInWithoutCsrfToken() throws Exception {
    mvc.perform(post("/login").param("username", "coordinator").param("password", "amends"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/login").with(csrf()).param("username", "coordinator").param("password", "amends"))
        .andExpect(authenticated());
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
