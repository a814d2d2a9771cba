package org.amends.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amends.app.EmbeddedEngineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The app started without a profile, as production starts: nobody can sign in, and the start
 * prints a one-time token with which the first manager is created on /setup; then /setup is gone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(inheritProfiles = false)
@ExtendWith(OutputCaptureExtension.class)
class FirstRunTest extends EmbeddedEngineTestSupport {

  private static final Pattern TOKEN = Pattern.compile("shown only now\\):\\s+([A-Za-z0-9_-]{43})\\s");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FirstManagerSetup setup;
  @Autowired SetupTokens tokens;
  @Autowired ApplicationContext context;

  @Test
  void shouldHaveNoAccountsAndCreateTheFirstManagerOnceWithTheToken(CapturedOutput output)
      throws Exception {
    // given the app as production starts it: no accounts, nobody signs in (ProfilesTest: no mail catcher)
    assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
    assertThat(jdbc.sql("select count(*) from amends.staff_account").query(Long.class).single()).isZero();
    mvc.perform(formLogin().user("manager").password("amends")).andExpect(unauthenticated());
    mvc.perform(formLogin().user("coordinator").password("amends")).andExpect(unauthenticated());

    // when the start offers the set-up (as it did when this context started)
    setup.offerSetup();
    Matcher printed = TOKEN.matcher(output.getAll());
    String token = null;
    while (printed.find()) {
      token = printed.group(1); // the latest: each start replaces the token before
    }
    assertThat(token).as("a token printed in %s", output.getAll()).isNotNull();
    assertThat(output.getAll()).contains("No manager can sign in yet. Create the first manager at",
        "/setup");
    String stored = jdbc.sql("select token_hash from amends.setup_token").query(String.class).single();
    assertThat(stored).hasSize(64).doesNotContain(token);

    // then the page asks for the token, a user name, a name and a password
    mvc.perform(get("/setup"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Create the first manager</h1>")))
        .andExpect(content().string(containsString("id=\"token\"")));

    // and explains what is wrong, the GOV.UK way
    mvc.perform(create("", "ada.admin", "Ada Admin", "short"))
        .andExpect(content().string(containsString("href=\"#token\">Enter the set-up token")))
        .andExpect(content().string(containsString("href=\"#password\">Password must be 12 characters or more")));
    mvc.perform(create(token, "ada.admin", "Ada Admin", "qwerty123456"))
        .andExpect(content().string(containsString("href=\"#password\">Password is too easy to guess")));

    // a wrong token creates nobody
    mvc.perform(create(token.substring(1) + "x", "ada.admin", "Ada Admin", "a quiet morning by the river"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#token\">Enter the set-up token printed when the app started")));
    assertThat(jdbc.sql("select count(*) from amends.staff_account").query(Long.class).single()).isZero();

    // the right one creates the manager, who signs in
    mvc.perform(create(token, "ada.admin", "Ada Admin", "a quiet morning by the river"))
        .andExpect(redirectedUrl("/login?setUp"));
    mvc.perform(get("/login").param("setUp", ""))
        .andExpect(content().string(containsString("You created the first manager. Sign in with that account.")));
    mvc.perform(formLogin().user("ada.admin").password("a quiet morning by the river"))
        .andExpect(authenticated().withUsername("ada.admin").withRoles("MANAGER"));

    // and the token works only once: the page is gone
    mvc.perform(create(token, "eve.again", "Eve Again", "a quiet morning by the river"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/setup")).andExpect(status().isNotFound());
    assertThat(jdbc.sql("select count(*) from amends.setup_token").query(Long.class).single()).isZero();

    // even a new token opens nothing while a manager exists
    tokens.issue(Duration.ofHours(1));
    mvc.perform(get("/setup")).andExpect(status().isNotFound());
  }

  @Test
  void shouldRefuseAnExpiredToken() {
    String token = tokens.issue(Duration.ofSeconds(-1));
    assertThat(tokens.pending()).isFalse();
    assertThat(tokens.redeem(token)).isFalse();
  }

  private static MockHttpServletRequestBuilder create(String token, String username, String name, String password) {
    return post("/setup").with(csrf()).param("token", token).param("username", username)
        .param("displayName", name).param("password", password);
  }
}
