package org.amends.app.facilitation.web;

import static org.amends.app.security.RoleFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.amends.app.EngineAndMailTestSupport;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.VolunteerActivity;
import org.amends.app.casework.VolunteerHours;
import org.amends.app.casework.web.Labels;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorMatcher;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.amends.app.security.Role;
import org.amends.app.security.RoleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The volunteer register against the real app (PostgreSQL, the engine in-process): adding,
 * changing and deactivating facilitators with GOV.UK errors, the DBS renewal reminder, and a
 * facilitator's page with their cases, hours and training.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterPagesTest extends EngineAndMailTestSupport {

  private static final RequestPostProcessor COORDINATOR = as("coordinator", Role.COORDINATOR);

  @Autowired MockMvc mvc;
  @Autowired FacilitatorService facilitators;
  @Autowired FacilitatorMatcher matcher;
  @Autowired CaseService cases;
  @Autowired CaseRecordService records;
  @Autowired CamundaClient camunda;

  private final LocalDate today = LocalDate.now();

  @Test
  void shouldAddAFacilitatorAndRefuseSomeoneUnder18WithAGovukError() throws Exception {
    String email = unique() + "@volunteers.example";
    LocalDate seventeen = today.minusYears(18).plusDays(1);

    String refused = mvc.perform(add(email, seventeen, "001234567890")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("<title>Error: Add a facilitator", "There is a problem",
        "href=\"#dateOfBirth\"", "A facilitator must be 18 or over: their date of birth must be on or before "
            + Labels.date(today.minusYears(18)), "govuk-form-group--error")
        .contains("value=\"" + email + "\""); // what they typed comes back
    assertThat(facilitators.all()).noneMatch(f -> email.equals(f.email()));

    MockHttpServletResponse added = mvc.perform(add(email, today.minusYears(18), "0012 3456 7890"))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse();
    Facilitator saved = facilitators.all().stream().filter(f -> email.equals(f.email())).findFirst().orElseThrow();
    assertThat(added.getRedirectedUrl()).isEqualTo("/volunteers/" + saved.id());
    assertThat(saved.dbsCertificateNumber()).isEqualTo("001234567890");
    assertThat(saved.dbsIssuedOn()).isEqualTo(today.minusMonths(2));
    assertThat(saved.phone()).isEqualTo("01632 960 001");
    assertThat(saved.volunteer()).isTrue();
  }

  @Test
  void shouldExplainEachProblemWithTheDetails() throws Exception {
    String page = mvc.perform(post("/volunteers/new").with(COORDINATOR).with(csrf())
            .param("email", "not-an-email").param("dbsCertificateNumber", "12345")
            .param("dateOfBirth.day", "31").param("dateOfBirth.month", "2").param("dateOfBirth.year", "1980"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Enter the facilitator&#39;s full name",
        "Enter an email address in the correct format, like name@example.com",
        "Date of birth must be a real date", "Select at least one area they work in",
        "Select their training level", "Select whether they are a volunteer or a member of staff",
        "DBS certificate number must be 12 digits, like 001234567890",
        "Enter the date the DBS certificate was issued");
  }

  @Test
  void shouldListDbsChecksDueForRenewalWithinSixtyDaysOnTheRegister() throws Exception {
    Facilitator due = register(unique(), today.minusYears(3).plusDays(30));
    Facilitator expired = register(unique(), today.minusYears(3).minusDays(1));
    Facilitator fine = register(unique(), today.minusYears(3).plusDays(61));

    String page = mvc.perform(get("/volunteers").with(COORDINATOR)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    String reminders = page.substring(page.indexOf("id=\"dbs-due\""), page.indexOf("id=\"facilitators\""));
    assertThat(reminders).contains(due.name(), "Renew soon", "Expires on " + Labels.date(today.plusDays(30)) + " (in 30 days)",
        expired.name(), "Expired").doesNotContain(fine.name());
    assertThat(page.substring(page.indexOf("id=\"facilitators\""))).contains(fine.name(), "Valid",
        "Expires on " + Labels.date(today.plusDays(61)));
  }

  @Test
  void shouldChangeDetailsAndDeactivateSoTheyAreNoLongerProposed() throws Exception {
    Facilitator f = register(unique(), today.minusYears(1));
    CaseCreated c = new RoleFixtures(cases, facilitators, camunda).openCase(unique());
    assertThat(matcher.suggest(c.caseId(), 100)).extracting(Facilitator::id).contains(f.id());

    String form = mvc.perform(get("/volunteers/{id}/edit", f.id()).with(COORDINATOR)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(form).contains("Change register details", "value=\"" + f.email() + "\"");
    mvc.perform(post("/volunteers/{id}/edit", f.id()).with(COORDINATOR).with(csrf())
            .param("name", f.name() + " Renamed").param("email", f.email()).param("kind", "STAFF")
            .param("dateOfBirth.day", "1").param("dateOfBirth.month", "1").param("dateOfBirth.year", "1980")
            .param("areas", "CHELMSFORD", "HARLOW").param("trainingLevel", "SPECIALIST")
            .param("dbsCertificateNumber", "009988776655").param("dbsIssuedOn.day", "1")
            .param("dbsIssuedOn.month", String.valueOf(today.minusMonths(1).getMonthValue()))
            .param("dbsIssuedOn.year", String.valueOf(today.minusMonths(1).getYear())))
        .andExpect(status().is3xxRedirection());
    Facilitator changed = facilitators.get(f.id());
    assertThat(changed.name()).endsWith("Renamed");
    assertThat(changed.trainingLevel()).isEqualTo(TrainingLevel.SPECIALIST);
    assertThat(changed.volunteer()).isFalse();

    mvc.perform(post("/volunteers/{id}/active", f.id()).with(as("manager", Role.MANAGER)).with(csrf())
        .param("active", "false")).andExpect(status().is3xxRedirection());
    assertThat(facilitators.get(f.id()).available()).isFalse();
    assertThat(matcher.suggest(c.caseId(), 100)).extracting(Facilitator::id).doesNotContain(f.id());
    assertThat(mvc.perform(get("/volunteers/{id}", f.id()).with(COORDINATOR)).andReturn().getResponse()
        .getContentAsString()).contains("Deactivated: not proposed for cases", "Reactivate");
  }

  @Test
  void shouldShowAFacilitatorsCasesHoursAndTrainingAndLetACoordinatorRecordThem() throws Exception {
    RoleFixtures fixtures = new RoleFixtures(cases, facilitators, camunda);
    Facilitator f = register(unique(), today.minusYears(1));
    Facilitator other = fixtures.facilitator(null);
    CaseCreated c = fixtures.openCase(unique());
    facilitators.allocate(c.caseId(), f.id(), other.id(), "coordinator");
    records.logVolunteerHours(new VolunteerHours(null, f.id(), c.caseId(), VolunteerActivity.PREPARATION,
        today.minusDays(2), new BigDecimal("2.5"), null));
    records.logVolunteerHours(new VolunteerHours(null, f.id(), null, VolunteerActivity.TRAINING,
        today.minusDays(9), new BigDecimal("3"), null));

    mvc.perform(post("/volunteers/{id}/courses", f.id()).with(COORDINATOR).with(csrf())
        .param("course", "Restorative justice: domestic abuse").param("completedOn.day", "3")
        .param("completedOn.month", "2").param("completedOn.year", "2025")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/volunteers/{id}/supervisions", f.id()).with(COORDINATOR).with(csrf())
        .param("supervisedOn.day", "4").param("supervisedOn.month", "3").param("supervisedOn.year", "2025"))
        .andExpect(status().is3xxRedirection());
    String wrongAway = mvc.perform(post("/volunteers/{id}/away", f.id()).with(COORDINATOR).with(csrf())
            .param("firstDay.day", "10").param("firstDay.month", "3").param("firstDay.year", "2031")
            .param("lastDay.day", "9").param("lastDay.month", "3").param("lastDay.year", "2031"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(wrongAway).contains("The last day away must be the same as or after the first day away", "href=\"#lastDay\"");
    String unknownCase = mvc.perform(post("/volunteers/{id}/conflicts", f.id()).with(COORDINATOR).with(csrf())
        .param("reference", "RJ-1999-99999")).andReturn().getResponse().getContentAsString();
    assertThat(unknownCase).contains("There is no case with the reference RJ-1999-99999");
    CaseCreated conflicted = fixtures.openCase(unique());
    mvc.perform(post("/volunteers/{id}/conflicts", f.id()).with(COORDINATOR).with(csrf())
        .param("reference", conflicted.reference().toLowerCase())).andExpect(status().is3xxRedirection());
    assertThat(matcher.assess(conflicted.caseId()).stream().filter(k -> k.facilitator().id().equals(f.id()))
        .findFirst().orElseThrow().leftOutBecause()).contains("a conflict of interest is recorded on this case");

    String page = mvc.perform(get("/volunteers/{id}", f.id()).with(COORDINATOR)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains(c.reference(), other.name(), "Total: <strong>5.5</strong> hours", "Outside cases",
        "Restorative justice: domestic abuse", "3 February 2025", "4 March 2025", conflicted.reference(),
        "/volunteer-hours?facilitator=" + f.id());

    // the volunteer hours page, opened from there, has the facilitator chosen
    String hours = mvc.perform(get("/volunteer-hours").param("facilitator", String.valueOf(f.id())).with(COORDINATOR))
        .andReturn().getResponse().getContentAsString();
    assertThat(hours).contains("value=\"" + f.id() + "\" selected=\"selected\"");
  }

  @Test
  void shouldAnswerAnErasedOrMissingFacilitatorAsNotFound() throws Exception {
    mvc.perform(get("/volunteers/{id}", 999_999_999L).with(COORDINATOR)).andExpect(status().isNotFound());
  }

  private MockHttpServletRequestBuilder add(String email, LocalDate born, String dbs) {
    LocalDate issued = today.minusMonths(2);
    return post("/volunteers/new").with(COORDINATOR).with(csrf())
        .param("name", "Nell " + unique()).param("email", email).param("phone", "01632 960 001")
        .param("dateOfBirth.day", String.valueOf(born.getDayOfMonth()))
        .param("dateOfBirth.month", String.valueOf(born.getMonthValue()))
        .param("dateOfBirth.year", String.valueOf(born.getYear()))
        .param("kind", "VOLUNTEER").param("areas", "COLCHESTER").param("trainingLevel", "STANDARD")
        .param("dbsCertificateNumber", dbs)
        .param("dbsIssuedOn.day", String.valueOf(issued.getDayOfMonth()))
        .param("dbsIssuedOn.month", String.valueOf(issued.getMonthValue()))
        .param("dbsIssuedOn.year", String.valueOf(issued.getYear()));
  }

  private Facilitator register(String name, LocalDate dbsIssued) {
    return facilitators.register(Facilitator.of("Reg " + name, name.toLowerCase() + "@volunteers.example",
        LocalDate.of(1982, 5, 5), TrainingLevel.STANDARD, true, java.util.Set.of(new org.amends.app.casework.Area("CHELMSFORD")))
        .withDbsCheck("001234567890", dbsIssued));
  }

  private static String unique() {
    return "V" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
