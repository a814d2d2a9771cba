package org.amends.app.security;

import static org.amends.app.security.RoleFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import jakarta.servlet.RequestDispatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amends.app.EngineAndMailTestSupport;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.CaseStatus;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The ways round the roles that issue 12 found, each tried as the person would try it (real
 * requests against the real app, PostgreSQL and the engine in-process): a facilitator reading a
 * case they are not allocated to; any role but coordinators closing cases or recording
 * withdrawals; claiming, assigning and completing a task not meant for the person. Each case and
 * task is made fresh for its test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoleBypassTest extends EngineAndMailTestSupport {

  private static final RequestPostProcessor COORDINATOR = as("bypass-coordinator", Role.COORDINATOR);
  private static final RequestPostProcessor FACILITATOR_IN = as("bypass-fac-in", Role.FACILITATOR);
  private static final RequestPostProcessor FACILITATOR_OUT = as("bypass-fac-out", Role.FACILITATOR);
  private static final RequestPostProcessor MANAGER = as("bypass-manager", Role.MANAGER);
  private static final RequestPostProcessor MONITOR = as("bypass-monitor", Role.MONITOR);

  @Autowired MockMvc mvc;
  @Autowired CaseService cases;
  @Autowired CaseRecordService records;
  @Autowired FacilitatorService facilitators;
  @Autowired CamundaClient camunda;

  private RoleFixtures fixtures;
  private Facilitator in;
  private Facilitator out;
  private Facilitator partner;

  @BeforeEach
  void facilitators() {
    fixtures = new RoleFixtures(cases, facilitators, camunda);
    in = facilitators.all().stream().filter(f -> "bypass-fac-in".equals(f.username())).findFirst()
        .orElseGet(() -> fixtures.facilitator("bypass-fac-in"));
    out = facilitators.all().stream().filter(f -> "bypass-fac-out".equals(f.username())).findFirst()
        .orElseGet(() -> fixtures.facilitator("bypass-fac-out"));
    partner = fixtures.facilitator(null);
  }

  /** A case allocated to "bypass-fac-in" (and a facilitator who does not sign in). */
  private CaseCreated allocatedCase(String surname) {
    CaseCreated created = fixtures.openCase(surname);
    fixtures.allocate(created.caseId(), in, partner);
    return created;
  }

  @Test
  void shouldAnswerAFacilitatorAskingForACaseNotAllocatedToThemAsIfItDidNotExist() throws Exception {
    CaseCreated theirs = allocatedCase("Rookwood");

    String refused = mvc.perform(get("/cases/{id}", theirs.caseId()).with(FACILITATOR_OUT))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    String missing = mvc.perform(get("/cases/{id}", 999_999_999L).with(FACILITATOR_OUT))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

    assertThat(withoutCsrfToken(refused)).isEqualTo(withoutCsrfToken(missing));
    assertThat(refused).contains("Page not found").doesNotContain(theirs.reference(), "Rookwood");
    mvc.perform(post("/cases/{id}/notes", theirs.caseId()).param("note", "Looked in").with(FACILITATOR_OUT).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(records.notes(theirs.caseId())).isEmpty();
    // the one they are allocated to opens
    assertThat(mvc.perform(get("/cases/{id}", theirs.caseId()).with(FACILITATOR_IN))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Wren Rookwood");
  }

  @Test
  void shouldListOnlyTheCasesAFacilitatorIsAllocatedTo() throws Exception {
    allocatedCase("Quillfeather");

    assertThat(page("/cases?name=Quillfeather", FACILITATOR_OUT)).doesNotContain("Wren Quillfeather");
    assertThat(page("/cases?name=Quillfeather", FACILITATOR_IN)).contains("Wren Quillfeather", "Your cases");
    assertThat(page("/cases?name=Quillfeather", COORDINATOR)).contains("Wren Quillfeather");
  }

  @Test
  void shouldRefuseClosingACaseToEveryRoleButCoordinators() throws Exception {
    CaseCreated created = allocatedCase("Marchbank");

    for (RequestPostProcessor who : List.of(FACILITATOR_IN, MANAGER, MONITOR)) {
      mvc.perform(post("/cases/{id}/closure", created.caseId()).with(who).with(csrf())
              .param("outcome", "NOT_SUITABLE").param("closureReason", "Closing it myself"))
          .andExpect(status().isForbidden());
    }
    assertThat(cases.get(created.caseId()).status()).isEqualTo(CaseStatus.OPEN);
    // the refusal is a GOV.UK page, not a stack trace (MockMvc does not forward to /error itself)
    assertThat(mvc.perform(get("/error").with(MONITOR).accept(MediaType.TEXT_HTML)
            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cases/" + created.caseId() + "/closure"))
        .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString())
        .contains("You do not have access to this page", "Go to your start page").doesNotContain("Exception");
  }

  @Test
  void shouldRefuseRecordingAWithdrawalToEveryRoleButCoordinators() throws Exception {
    CaseCreated created = allocatedCase("Hollowell");

    for (RequestPostProcessor who : List.of(FACILITATOR_IN, MANAGER, MONITOR)) {
      mvc.perform(post("/cases/{id}/withdrawals", created.caseId()).with(who).with(csrf())
              .param("partyId", String.valueOf(created.partyIds().get(0)))
              .param("withdrawalReason", "Changed their mind"))
          .andExpect(status().isForbidden());
    }
    assertThat(cases.parties(created.caseId())).allSatisfy(p -> assertThat(p.isActive()).isTrue());
  }

  @Test
  void shouldRefuseClaimingATaskNotMeantForThem() throws Exception {
    CaseCreated created = allocatedCase("Brackenridge");
    UserTask facilitators = fixtures.task(created.caseId(), "facilitators");
    UserTask coordinators = fixtures.task(created.caseId(), "coordinators");

    String refusal = mvc.perform(post("/tasks/{key}/claim", facilitators.getUserTaskKey()).with(COORDINATOR).with(csrf()))
        .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
    assertThat(refusal).contains("You cannot claim ‘Role fixture task for facilitators’ because it is a task for facilitators.");
    mvc.perform(post("/tasks/{key}/claim", coordinators.getUserTaskKey()).with(FACILITATOR_IN).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/tasks/{key}/claim", facilitators.getUserTaskKey()).with(FACILITATOR_OUT).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(fixtures.reread(facilitators).getAssignee()).isNull();
    assertThat(fixtures.reread(coordinators).getAssignee()).isNull();

    mvc.perform(post("/tasks/{key}/claim", facilitators.getUserTaskKey()).with(FACILITATOR_IN).with(csrf()))
        .andExpect(flash().attribute("success", "You claimed ‘Role fixture task for facilitators’"));
    assertThat(fixtures.reread(facilitators).getAssignee()).isEqualTo("bypass-fac-in");
  }

  @Test
  void shouldAssignATaskOnlyToSomeoneWhoMayDoIt() throws Exception {
    CaseCreated created = allocatedCase("Thistlewood");
    UserTask coordinators = fixtures.task(created.caseId(), "coordinators");
    UserTask facilitators = fixtures.task(created.caseId(), "facilitators");

    // "facilitator" and "coordinator2" are development users (application-dev.yml)
    mvc.perform(post("/tasks/{key}/assign", coordinators.getUserTaskKey()).param("assignee", "facilitator")
            .with(COORDINATOR).with(csrf()))
        .andExpect(flash().attribute("problem", "You cannot assign ‘Role fixture task for coordinators’ to "
            + "Fran Facilitator because it is a task for coordinators. Select someone who can do it."));
    mvc.perform(post("/tasks/{key}/assign", facilitators.getUserTaskKey()).param("assignee", "facilitator")
            .with(FACILITATOR_IN).with(csrf()))
        .andExpect(flash().attribute("problem", "You cannot assign ‘Role fixture task for facilitators’ to "
            + "Fran Facilitator because they are not allocated to its case. Select someone who can do it."));
    mvc.perform(post("/tasks/{key}/assign", facilitators.getUserTaskKey()).param("assignee", "bypass-fac-in")
            .with(COORDINATOR).with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(fixtures.reread(coordinators).getAssignee()).isNull();
    assertThat(fixtures.reread(facilitators).getAssignee()).isNull();

    mvc.perform(post("/tasks/{key}/assign", coordinators.getUserTaskKey()).param("assignee", "coordinator2")
            .with(COORDINATOR).with(csrf()))
        .andExpect(flash().attribute("success", "You assigned ‘Role fixture task for coordinators’ to Colin Coordinator"));
    assertThat(fixtures.reread(coordinators).getAssignee()).isEqualTo("coordinator2");
  }

  @Test
  void shouldRefuseCompletingATaskNotMeantForThemEvenWhenItWasAssignedToThem() throws Exception {
    CaseCreated allocated = allocatedCase("Fernhollow");
    CaseCreated elsewhere = fixtures.openCase("Stonebridge");
    fixtures.allocate(elsewhere.caseId(), out, partner);
    UserTask facilitators = fixtures.task(allocated.caseId(), "facilitators");
    UserTask notTheirCase = fixtures.task(allocated.caseId(), "facilitators");
    // assigned outside the tasklist, to people who may not do them
    camunda.newAssignUserTaskCommand(facilitators.getUserTaskKey()).assignee("bypass-coordinator").send().join();
    camunda.newAssignUserTaskCommand(notTheirCase.getUserTaskKey()).assignee("bypass-fac-out").send().join();

    mvc.perform(post("/tasks/{key}/complete", facilitators.getUserTaskKey()).with(COORDINATOR).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/tasks/{key}/complete", notTheirCase.getUserTaskKey()).with(FACILITATOR_OUT).with(csrf()))
        .andExpect(status().isNotFound());

    assertThat(fixtures.reread(facilitators).getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(fixtures.reread(notTheirCase).getState()).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void shouldListForAFacilitatorOnlyTheTasksOfTheirGroupOnTheirCases() throws Exception {
    CaseCreated allocated = allocatedCase("Ashcombe");
    String facilitators = "/tasks/" + fixtures.task(allocated.caseId(), "facilitators").getUserTaskKey() + "\"";
    String coordinators = "/tasks/" + fixtures.task(allocated.caseId(), "coordinators").getUserTaskKey() + "\"";
    String list = "/tasks?view=open&reference=" + allocated.reference();

    assertThat(page(list, FACILITATOR_IN)).contains("All open (1)", facilitators).doesNotContain(coordinators);
    assertThat(page(list, FACILITATOR_OUT)).contains("All open (0)").doesNotContain(facilitators, coordinators);
    assertThat(page(list, COORDINATOR)).contains("All open (1)", coordinators).doesNotContain(facilitators);
  }

  @Test
  void shouldLetAFacilitatorLogOnlyTheirOwnHours() throws Exception {
    CaseCreated created = allocatedCase("Wickham");

    mvc.perform(post("/cases/{id}/volunteer-hours", created.caseId()).with(FACILITATOR_IN).with(csrf())
            .param("facilitatorId", String.valueOf(partner.id()))
            .param("workedOn.day", "2").param("workedOn.month", "3").param("workedOn.year", "2026")
            .param("hours", "2").param("activity", "MEETING"))
        .andExpect(status().isOk());
    assertThat(records.volunteerHours(created.caseId())).isEmpty();

    mvc.perform(post("/cases/{id}/volunteer-hours", created.caseId()).with(FACILITATOR_IN).with(csrf())
            .param("facilitatorId", String.valueOf(in.id()))
            .param("workedOn.day", "2").param("workedOn.month", "3").param("workedOn.year", "2026")
            .param("hours", "2").param("activity", "MEETING"))
        .andExpect(status().is3xxRedirection());
    assertThat(records.volunteerHours(created.caseId())).singleElement()
        .satisfies(h -> assertThat(h.facilitatorId()).isEqualTo(in.id()));
  }

  @Test
  void shouldShowEachRoleOnlyTheSectionsItMayUse() throws Exception {
    assertThat(navigation(page("/cases", COORDINATOR))).containsExactly("Tasks", "Cases", "New referral", "Volunteer hours", "Volunteers");
    assertThat(navigation(page("/cases", FACILITATOR_IN))).containsExactly("Tasks", "Cases", "My cases", "My meetings", "My details", "Volunteer hours");
    assertThat(navigation(page("/cases", MANAGER)))
        .containsExactly("Cases", "Volunteers", "Processes", "Monitoring", "Users", "Areas and sources", "Audit log",
            "Data protection", "Reports");
    // a monitor starts at monitoring, and the navigation offers monitoring and the reports only
    mvc.perform(get("/").with(MONITOR)).andExpect(redirectedUrl("/monitoring"));
    assertThat(navigation(page("/monitoring", MONITOR))).containsExactly("Monitoring", "Reports");
    // a case page offers a manager no forms, a facilitator no closing or withdrawing
    CaseCreated created = allocatedCase("Oakhurst");
    assertThat(page("/cases/" + created.caseId(), MANAGER)).doesNotContain("Add note", "Close case", "Record withdrawal", "Log hours");
    assertThat(page("/cases/" + created.caseId(), FACILITATOR_IN)).contains("Add note", "Log hours")
        .doesNotContain("Close case", "Record withdrawal");
    assertThat(page("/cases/" + created.caseId(), COORDINATOR)).contains("Add note", "Log hours", "Close case", "Record withdrawal");
  }

  private String page(String url, RequestPostProcessor who) throws Exception {
    return mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** The texts of the service navigation's section links, in order (the layout's markup). */
  private static List<String> navigation(String html) {
    Matcher links = Pattern.compile("<a class=\"govuk-service-navigation__link\" href=\"[^\"]*\"[^>]*>\\s*"
        + "(?:<strong[^>]*>)?([^<]+)").matcher(html);
    List<String> texts = new ArrayList<>();
    while (links.find()) {
      texts.add(links.group(1).trim());
    }
    return texts;
  }

  private static String withoutCsrfToken(String html) {
    return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
  }
}
