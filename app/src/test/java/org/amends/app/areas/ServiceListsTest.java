package org.amends.app.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.amends.app.EmbeddedEngineTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The areas and referral sources page: managers only; adding, renaming and retiring, and what
 * that changes for intake (offered or not) and for filters (kept, marked retired).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceListsTest extends EmbeddedEngineTestSupport {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldLetOnlyManagersIn() throws Exception {
    mvc.perform(get("/service-lists")).andExpect(redirectedUrlPattern("**/login"));
    for (String role : new String[] {"COORDINATOR", "FACILITATOR", "MONITOR"}) {
      mvc.perform(get("/service-lists").with(user("someone").roles(role))).andExpect(status().isForbidden());
      mvc.perform(post("/service-lists/areas/new").with(user("someone").roles(role)).with(csrf())
          .param("name", "Sneaky")).andExpect(status().isForbidden());
      mvc.perform(post("/service-lists/areas/COLCHESTER/retired").with(user("someone").roles(role)).with(csrf())
          .param("retired", "true")).andExpect(status().isForbidden());
    }
    mvc.perform(get("/service-lists/counties/new").with(manager())).andExpect(status().isNotFound());
    mvc.perform(get("/service-lists/areas/ATLANTIS").with(manager())).andExpect(status().isNotFound());
  }

  @Test
  void shouldListTheAreasAndSourcesTheMigrationBrought() throws Exception {
    String page = mvc.perform(get("/service-lists").with(manager()))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<h1 class=\"govuk-heading-l\">Areas and referral sources</h1>")
        .containsSubsequence("<h2 class=\"govuk-heading-m\" id=\"areas\">Areas</h2>", ">Colchester<", ">Southend<",
            ">Brentwood<", ">Other<", "<h2 class=\"govuk-heading-m\" id=\"sources\">Referral sources</h2>",
            ">Police<", ">Youth offending team<", ">GP surgery<", ">Self-referral<")
        .contains("href=\"/service-lists/areas/COLCHESTER\"");
    // the public self-referral always records SELF: it has no retire button
    assertThat(page).doesNotContain("action=\"/service-lists/sources/SELF/retired\"")
        .contains("action=\"/service-lists/sources/POLICE/retired\"");
  }

  @Test
  void shouldAddRenameRetireAndOfferAgainAnAreaWhichIntakeThenOffersOrNot() throws Exception {
    String name = "Mid Suffolk " + suffix();
    String code = ChoiceEditor.codeFor(name);
    mvc.perform(post("/service-lists/areas/new").with(manager()).with(csrf()).param("name", "  " + name + " "))
        .andExpect(redirectedUrl("/service-lists"))
        .andExpect(flash().attribute("success", "You added " + name));
    assertThat(code).startsWith("MID_SUFFOLK_");
    mvc.perform(get("/referrals/new").with(coordinator()))
        .andExpect(content().string(containsString("value=\"" + code + "\"")));

    String renamed = name + " and Babergh";
    mvc.perform(get("/service-lists/areas/" + code).with(manager()))
        .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Rename " + name + "</h1>")))
        .andExpect(content().string(containsString("value=\"" + name + "\"")));
    mvc.perform(post("/service-lists/areas/" + code).with(manager()).with(csrf()).param("name", renamed))
        .andExpect(redirectedUrl("/service-lists"))
        .andExpect(flash().attribute("success", "You renamed " + name + " to " + renamed));
    assertThat(jdbc.sql("select name from amends.area where code = :c").param("c", code).query(String.class).single())
        .isEqualTo(renamed);

    mvc.perform(post("/service-lists/areas/" + code + "/retired").with(manager()).with(csrf()).param("retired", "true"))
        .andExpect(redirectedUrl("/service-lists"))
        .andExpect(flash().attribute("success", "You retired " + renamed));
    // no longer offered to intake, still a filter (marked) so its old cases can be found
    mvc.perform(get("/referrals/new").with(coordinator()))
        .andExpect(content().string(not(containsString("value=\"" + code + "\""))));
    mvc.perform(get("/cases").with(coordinator()))
        .andExpect(content().string(containsString(renamed + " (retired)")));
    mvc.perform(get("/cases").param("area", code).with(coordinator())).andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Select an area from the list"))));
    mvc.perform(get("/service-lists").with(manager()))
        .andExpect(content().string(containsString("Offer again</span><span class=\"govuk-visually-hidden\"> " + renamed)));

    mvc.perform(post("/service-lists/areas/" + code + "/retired").with(manager()).with(csrf()).param("retired", "false"))
        .andExpect(flash().attribute("success", "You offered again " + renamed));
    mvc.perform(get("/referrals/new").with(coordinator()))
        .andExpect(content().string(containsString("value=\"" + code + "\"")));
    retire(code); // the database is shared: leave other tests' reports and lists as they were
  }

  @Test
  void shouldExplainEachProblemWithAName() throws Exception {
    mvc.perform(post("/service-lists/areas/new").with(manager()).with(csrf()).param("name", "   "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Error: Add an area")))
        .andExpect(content().string(containsString("href=\"#name\">Enter the name of the area</a>")));
    mvc.perform(post("/service-lists/sources/new").with(manager()).with(csrf()).param("name", "x".repeat(101)))
        .andExpect(content().string(containsString("<title>Error: Add a referral source")))
        .andExpect(content().string(containsString("href=\"#name\">The name must be 100 characters or fewer</a>")));
    mvc.perform(post("/service-lists/areas/new").with(manager()).with(csrf()).param("name", "colchester"))
        .andExpect(content().string(containsString("href=\"#name\">There is already an area called colchester</a>")));
    mvc.perform(post("/service-lists/areas/SOUTHEND").with(manager()).with(csrf()).param("name", "Colchester"))
        .andExpect(content().string(containsString("<title>Error: Rename Southend")))
        .andExpect(content().string(containsString("href=\"#name\">There is already an area called Colchester</a>")));
    // a name kept as it is (only its case changed) is not "taken" by itself
    mvc.perform(post("/service-lists/sources/GP_SURGERY").with(manager()).with(csrf()).param("name", "GP surgery"))
        .andExpect(redirectedUrl("/service-lists"));
  }

  @Test
  void shouldNotRetireSelfReferral() throws Exception {
    mvc.perform(post("/service-lists/sources/SELF/retired").with(manager()).with(csrf()).param("retired", "true"))
        .andExpect(redirectedUrl("/service-lists"))
        .andExpect(flash().attribute("problem", "Self-referral cannot be retired: the public self-referral records it"));
    assertThat(jdbc.sql("select retired_at is null from amends.referral_source where code = 'SELF'")
        .query(Boolean.class).single()).isTrue();
  }

  @Test
  void shouldMakeAStableCodeFromAName() {
    assertThat(ChoiceEditor.codeFor("Mid Suffolk")).isEqualTo("MID_SUFFOLK");
    assertThat(ChoiceEditor.codeFor("  St. Albans & Harpenden ")).isEqualTo("ST_ALBANS_HARPENDEN");
    assertThat(ChoiceEditor.codeFor("2nd district")).isEqualTo("C_2ND_DISTRICT");
    assertThat(ChoiceEditor.codeFor("—")).isEqualTo("CHOICE");
  }

  @Test
  void shouldGiveASecondAreaWithTheSameCodeItsOwnCode() throws Exception {
    String name = "Dup " + suffix();
    mvc.perform(post("/service-lists/areas/new").with(manager()).with(csrf()).param("name", name));
    // another name that makes the same code ("Dup-x" and "Dup x" both make DUP_X)
    mvc.perform(post("/service-lists/areas/new").with(manager()).with(csrf()).param("name", name.replace(' ', '-')))
        .andExpect(redirectedUrl("/service-lists"));
    assertThat(jdbc.sql("select code from amends.area where code like :c order by code")
        .param("c", ChoiceEditor.codeFor(name) + "%").query(String.class).list())
        .containsExactly(ChoiceEditor.codeFor(name), ChoiceEditor.codeFor(name) + "_2");
    retire(ChoiceEditor.codeFor(name));
    retire(ChoiceEditor.codeFor(name) + "_2");
  }

  private void retire(String code) throws Exception {
    mvc.perform(post("/service-lists/areas/" + code + "/retired").with(manager()).with(csrf()).param("retired", "true"))
        .andExpect(redirectedUrl("/service-lists"));
  }

  static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "q");
  }

  private static RequestPostProcessor manager() {
    return user("manager").roles("MANAGER");
  }

  private static RequestPostProcessor coordinator() {
    return user("coordinator").roles("COORDINATOR");
  }
}
