package org.amends.app.security;

import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.amends.app.EmbeddedEngineTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The users page: managers only; adding staff, changing roles (at once), deactivating. */
@SpringBootTest
@AutoConfigureMockMvc
class UsersTest extends EmbeddedEngineTestSupport {

  private static final String PASSWORD = "correct horse battery";

  @Autowired MockMvc mvc;

  @Test
  void shouldLetOnlyManagersIn() throws Exception {
    mvc.perform(get("/users")).andExpect(redirectedUrlPattern("**/login"));
    for (String role : new String[] {"COORDINATOR", "FACILITATOR", "MONITOR"}) {
      mvc.perform(get("/users").with(user("someone").roles(role))).andExpect(status().isForbidden());
      mvc.perform(get("/users/new").with(user("someone").roles(role))).andExpect(status().isForbidden());
      mvc.perform(post("/users/new").with(user("someone").roles(role)).with(csrf())
          .param("username", "sneaky").param("displayName", "Sneaky").param("password", PASSWORD)
          .param("roles", "MANAGER")).andExpect(status().isForbidden());
      mvc.perform(post("/users/coordinator/roles").with(user("someone").roles(role)).with(csrf())
          .param("roles", "MANAGER")).andExpect(status().isForbidden());
      mvc.perform(post("/users/coordinator/active").with(user("someone").roles(role)).with(csrf())
          .param("active", "false")).andExpect(status().isForbidden());
    }
    mvc.perform(get("/users").with(manager()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Users</h1>")))
        .andExpect(content().string(containsString("Cara Coordinator")))
        .andExpect(content().string(containsString("Mo Manager")));
    mvc.perform(post("/users/sneaky/roles").with(manager()).with(csrf()).param("roles", "MONITOR"))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldAddAMemberOfStaffWhoThenSignsInWithTheirRoles() throws Exception {
    mvc.perform(addUser("nia.new", "Nia New", PASSWORD, "FACILITATOR", "MONITOR"))
        .andExpect(redirectedUrl("/users"))
        .andExpect(flash().attribute("success", "You added Nia New"));
    mvc.perform(formLogin().user("nia.new").password(PASSWORD))
        .andExpect(authenticated().withUsername("nia.new").withRoles("FACILITATOR", "MONITOR"));
  }

  @Test
  void shouldExplainEachProblemWithANewMemberOfStaff() throws Exception {
    mvc.perform(addUser("Has Space", "", "short"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Error: Add a member of staff")))
        .andExpect(content().string(containsString(
            "href=\"#username\">User name must only include lower-case letters, numbers, dots, dashes and underscores")))
        .andExpect(content().string(containsString("href=\"#displayName\">Enter their full name")))
        .andExpect(content().string(containsString("href=\"#password\">Password must be 12 characters or more")))
        .andExpect(content().string(containsString("href=\"#roles\">Select at least one role")));
    mvc.perform(addUser("coordinator", "Cara Again", "Password1234", "COORDINATOR"))
        .andExpect(content().string(containsString("href=\"#username\">A member of staff already has that user name")))
        .andExpect(content().string(containsString("href=\"#password\">Password is too easy to guess")));
    mvc.perform(addUser("x".repeat(65), "N".repeat(201), "p".repeat(129), "MONITOR"))
        .andExpect(content().string(containsString("User name must be 64 characters or fewer")))
        .andExpect(content().string(containsString("Full name must be 200 characters or fewer")))
        .andExpect(content().string(containsString("Password must be 128 characters or fewer")));
  }

  @Test
  void shouldApplyARoleChangeAtOnce() throws Exception {
    mvc.perform(addUser("rio.roles", "Rio Roles", PASSWORD, "COORDINATOR")).andExpect(redirectedUrl("/users"));
    MockHttpSession session = signIn("rio.roles");
    mvc.perform(get("/referrals/new").session(session)).andExpect(status().isOk());

    // when a manager makes them a monitor
    mvc.perform(post("/users/rio.roles/roles").with(manager()).with(csrf()).param("roles", "MONITOR"))
        .andExpect(redirectedUrl("/users"))
        .andExpect(flash().attribute("success", "You changed the roles of Rio Roles"));

    // then their session ends, and signed in again they are a monitor
    mvc.perform(get("/referrals/new").session(session)).andExpect(redirectedUrl("/login?expired"));
    mvc.perform(get("/login").param("expired", ""))
        .andExpect(content().string(containsString("Your access has changed. Sign in again to go on.")));
    mvc.perform(formLogin().user("rio.roles").password(PASSWORD))
        .andExpect(authenticated().withUsername("rio.roles").withRoles("MONITOR"));
    String page = mvc.perform(get("/users/rio.roles").with(manager())).andReturn().getResponse().getContentAsString();
    assertThat(page).containsPattern("value=\"MONITOR\"[^>]*checked=\"checked\"")
        .doesNotContainPattern("value=\"COORDINATOR\"[^>]*checked=\"checked\"");
  }

  @Test
  void shouldDeactivateAndReactivate() throws Exception {
    mvc.perform(addUser("dee.active", "Dee Active", PASSWORD, "COORDINATOR")).andExpect(redirectedUrl("/users"));
    MockHttpSession session = signIn("dee.active");

    mvc.perform(post("/users/dee.active/active").with(manager()).with(csrf()).param("active", "false"))
        .andExpect(redirectedUrl("/users"))
        .andExpect(flash().attribute("success", "You deactivated Dee Active"));
    mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("/login?expired"));
    mvc.perform(formLogin().user("dee.active").password(PASSWORD)).andExpect(unauthenticated());
    mvc.perform(get("/users").with(manager()))
        .andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--grey\">Deactivated</strong>")));

    mvc.perform(post("/users/dee.active/active").with(manager()).with(csrf()).param("active", "true"))
        .andExpect(flash().attribute("success", "You reactivated Dee Active"));
    mvc.perform(formLogin().user("dee.active").password(PASSWORD)).andExpect(authenticated());
  }

  @Test
  void shouldKeepAnActiveManager() throws Exception {
    mvc.perform(post("/users/manager/roles").with(manager()).with(csrf()).param("roles", "COORDINATOR"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#roles\">There must be at least one active manager")));
    mvc.perform(post("/users/manager/active").with(manager()).with(csrf()).param("active", "false"))
        .andExpect(redirectedUrl("/users/manager"))
        .andExpect(flash().attribute("problem", "There must be at least one active manager"));
    mvc.perform(formLogin().user("manager").password("amends"))
        .andExpect(authenticated().withRoles("MANAGER", "COORDINATOR"));
  }

  private MockHttpSession signIn(String username) throws Exception {
    return (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
        .andExpect(authenticated())
        .andReturn().getRequest().getSession(false);
  }

  private static MockHttpServletRequestBuilder addUser(String username, String name, String password, String... roles) {
    MockHttpServletRequestBuilder request = post("/users/new").with(manager()).with(csrf())
        .param("username", username).param("displayName", name).param("password", password);
    for (String role : roles) {
      request.param("roles", role);
    }
    return request;
  }

  private static RequestPostProcessor manager() {
    return user("manager").roles("MANAGER", "COORDINATOR");
  }
}
