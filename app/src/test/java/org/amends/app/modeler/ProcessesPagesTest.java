package org.amends.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.amends.app.EmbeddedEngineTestSupport;
import org.amends.app.modeler.Draft.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The processes pages through MockMvc against the real app (engine, PostgreSQL). */
@SpringBootTest
@AutoConfigureMockMvc
class ProcessesPagesTest extends EmbeddedEngineTestSupport {

  @Autowired MockMvc mvc;
  @Autowired Drafts drafts;

  @Test
  void shouldListTheBundledProcessesAndDecisionsWithTheirVersions() throws Exception {
    String page = page("/processes");

    assertThat(page).contains("Restorative justice case", "Case closure", "Initial contact with a party",
        "Bundled with Amends", "Eligibility screening");
    assertThat(page("/processes/case-closure")).contains("Versions", "Live", "Bundled with Amends");
  }

  @Test
  void shouldSaveADraftWithWhoSavedItAndOfferItWhenTheProcessIsOpenedAgain() throws Exception {
    String xml = BundledFiles.read("bpmn/meeting.bpmn").orElseThrow()
        .replace("name=\"Record what happened\"", "name=\"Record what happened at the meeting\"");

    mvc.perform(post("/processes/meeting/draft").with(manager()).with(csrf()).param("xml", xml).param("lintErrors", "0"))
        .andExpect(redirectedUrl("/processes/meeting/edit"));

    assertThat(drafts.find(Kind.PROCESS, "meeting")).get()
        .satisfies(d -> assertThat(d.savedBy()).isEqualTo("manager"))
        .satisfies(d -> assertThat(d.content()).contains("Record what happened at the meeting"));
    assertThat(page("/processes/meeting/edit")).contains("You are editing the draft saved by");
    assertThat(page("/processes/meeting")).contains("There is a draft, saved by");
    assertThat(page("/processes/meeting/compare"))
        .contains("Renamed the user task &#39;Record what happened&#39; to &#39;Record what happened at the meeting&#39;");
  }

  @Test
  void shouldNameTheFieldTheTasklistCannotDrawInTheFormsLint() throws Exception {
    // the bundled form with a file picker added: form-js draws one, the tasklist cannot
    String form = BundledFiles.form("arrange-meeting").orElseThrow().replaceFirst("\\[", """
        [{"type": "filepicker", "id": "Field_evidence", "key": "evidence", "label": "Photos of the venue"},""");

    mvc.perform(post("/processes/meeting/forms/arrange-meeting/draft").with(manager()).with(csrf())
            .param("schema", form))
        .andExpect(redirectedUrl("/processes/meeting/forms/arrange-meeting"));

    String page = page("/processes/meeting/forms/arrange-meeting");
    assertThat(page).contains("id=\"form-problems\"",
        "<li>The field &#39;Photos of the venue&#39; (Field_evidence) is a &#39;filepicker&#39; component, which the tasklist cannot show</li>");
    assertThat(drafts.find(Kind.FORM, "arrange-meeting")).get()
        .satisfies(d -> assertThat(d.lintErrors()).isEqualTo(1));
  }

  @Test
  void shouldRefuseADraftOfAnotherProcess() throws Exception {
    mvc.perform(post("/processes/meeting/draft").with(manager()).with(csrf())
            .param("xml", BundledFiles.read("bpmn/case-closure.bpmn").orElseThrow()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void shouldShowTheEnginesRefusalAboveTheDiagramAndKeepTheLiveVersion() throws Exception {
    // a draft the live lint would have stopped (a service task without a job type), saved anyway
    String broken = BundledFiles.read("bpmn/informed-consent.bpmn").orElseThrow()
        .replaceFirst("<zeebe:taskDefinition type=\"[^\"]+\"/>", "");
    drafts.save(Kind.PROCESS, "informed-consent", broken, 0, "manager");

    String page = mvc.perform(post("/processes/informed-consent/deploy").with(manager()).with(csrf())
            .param("comment", "Should not go out"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("<title>Error: Edit Informed consent of a party", "The engine refused the deployment",
        "id=\"engine-message\"", "ServiceTask_StoreConsent");
    assertThat(page("/processes/informed-consent")).doesNotContain("Should not go out");
  }

  @Test
  void shouldAllowInlineStylesOnTheModelerPagesOnly() throws Exception {
    String modeler = mvc.perform(get("/processes/case-closure/edit").with(manager()))
        .andReturn().getResponse().getHeader("Content-Security-Policy");
    String list = mvc.perform(get("/processes").with(manager()))
        .andReturn().getResponse().getHeader("Content-Security-Policy");

    assertThat(modeler).contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self';");
    assertThat(list).contains("style-src 'self';").doesNotContain("unsafe-inline");
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(manager())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private static RequestPostProcessor manager() {
    return user("manager").roles("MANAGER");
  }
}
