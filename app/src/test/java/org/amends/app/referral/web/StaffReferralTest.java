package org.amends.app.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessInstance;
import java.time.LocalDate;
import java.util.List;
import org.amends.app.casework.Area;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ContactMethod;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyRole;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.Referral;
import org.amends.app.referral.ReferralService;
import org.amends.app.referral.ReferralSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class StaffReferralTest extends IntakeTestSupport {

  @Autowired MockMvc mvc;
  @Autowired CaseService cases;
  @Autowired ReferralService referrals;
  @Autowired CaseRecordService records;
  @Autowired CamundaClient camunda;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldSendSomeoneNotSignedInToSignIn() throws Exception {
    mvc.perform(get("/referrals/new"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", endsWith("/login")));
  }

  @Test
  void shouldShowTheFormWithTodayAsTheReferralDate() throws Exception {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
    mvc.perform(get("/referrals/new").with(coordinator()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>New referral – Restorative Justice Service</title>")))
        .andExpect(content().string(containsString("<h2 class=\"govuk-fieldset__heading\">The person who caused harm</h2>")))
        .andExpect(content().string(containsString("id=\"referralDate\" name=\"referralDate.day\" value=\"" + today.getDayOfMonth() + "\"")))
        .andExpect(content().string(containsString("id=\"harmed.name\"")))
        .andExpect(content().string(containsString("id=\"harmer.dateOfBirth-year\"")))
        .andExpect(content().string(containsString("id=\"sensitivity\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")));
  }

  @Test
  void shouldListEveryMissingAnswerInPageOrderWithLinksToTheFields() throws Exception {
    String page = mvc.perform(post("/referrals/new").with(coordinator()).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Error: New referral – Restorative Justice Service</title>")))
        .andReturn().getResponse().getContentAsString();

    assertThat(page).containsSubsequence(
        "<a href=\"#source\">Select who made the referral</a>",
        "<a href=\"#referrerName\">Enter the name of the person who made the referral</a>",
        "<a href=\"#referralDate\">Enter the date of the referral</a>",
        "<a href=\"#offenceType\">Enter the offence or type of incident</a>",
        "<a href=\"#incidentDate\">Enter the date of the incident</a>",
        "<a href=\"#wentToCourt\">Select yes if the case went to court</a>",
        "<a href=\"#area\">Select the area where the incident happened</a>",
        "<a href=\"#harmed.name\">Enter the name of the person harmed</a>",
        "<a href=\"#harmer.name\">Enter the name of the person who caused harm</a>");
    assertThat(page).contains("<p class=\"govuk-error-message\" id=\"incidentDate-error\">");
  }

  @Test
  void shouldExplainWrongAnswersAndKeepEverythingTyped() throws Exception {
    MultiValueMap<String, String> params = validReferral("Dana Wells", "Lee Hart");
    params.set("incidentDate.year", String.valueOf(LocalDate.now().getYear() + 1));
    params.set("harmed.email", "dana.example.com");
    params.set("referrerPhone", "not a number");
    params.set("harmer.dateOfBirth.day", "30");
    params.set("harmer.dateOfBirth.month", "2");
    params.set("harmer.dateOfBirth.year", "1990");
    params.set("harmer.preferredContact", "LETTER");
    params.set("other.email", "carer@example.com");

    String page = mvc.perform(post("/referrals/new").params(params).with(coordinator()).with(csrf()))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    assertThat(page)
        .contains("<a href=\"#referrerPhone\">Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192</a>")
        .contains("<a href=\"#incidentDate\">The date of the incident must be in the past</a>")
        .contains("<a href=\"#harmed.email\">Enter an email address in the correct format, like name@example.com</a>")
        .contains("<a href=\"#harmer.dateOfBirth\">The date of birth of the person who caused harm must be a real date</a>")
        .contains("<a href=\"#harmer.address\">Enter an address for the person who caused harm</a>")
        .contains("<a href=\"#other.role\">Select if the other person was affected or is a supporter</a>")
        .contains("<a href=\"#other.name\">Enter the name of the other person</a>")
        // what was typed comes back
        .contains("value=\"dana.example.com\"")
        .contains("value=\"not a number\"")
        .contains("value=\"Dana Wells\"")
        .contains("value=\"Criminal damage to a car\"")
        .contains("value=\"carer@example.com\"")
        .contains("id=\"harmer.dateOfBirth\" name=\"harmer.dateOfBirth.day\" value=\"30\"")
        .contains(">Two cars were scratched.</textarea>")
        .containsPattern("value=\"HATE_CRIME\"[^>]*checked=\"checked\"");
    assertThat(jdbc.queryForObject("select count(*) from amends.party where name = 'Dana Wells'", Integer.class))
        .isZero();
  }

  @Test
  void shouldRefuseAnEmailOverTheLengthLimit() throws Exception {
    MultiValueMap<String, String> params = validReferral("Max Length", "Ned Length");
    params.set("harmed.email", "a@" + "a.".repeat(150 * 1024) + "@");
    mvc.perform(post("/referrals/new").params(params).with(coordinator()).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(
            "<a href=\"#harmed.email\">The email address must be 254 characters or fewer</a>")));
  }

  @Test
  void shouldCheckTheOrderOfTheDates() throws Exception {
    MultiValueMap<String, String> params = validReferral("Kim Ode", "Pat Ode");
    params.set("reportDate.day", "1");
    params.set("sentenceDate.day", "1");
    params.set("sentenceDate.month", "12");
    params.set("sentenceDate.year", "2025");
    params.set("wentToCourt", "no");

    mvc.perform(post("/referrals/new").params(params).with(coordinator()).with(csrf()))
        .andExpect(content().string(containsString("<a href=\"#reportDate\">The date it was reported to the police must be the same as or after the date of the incident</a>")))
        .andExpect(content().string(containsString("<a href=\"#sentenceDate\">Only enter a date of sentence if the case went to court</a>")));
  }

  @Test
  void shouldOpenTheCaseAndStartItsJourney() throws Exception {
    MultiValueMap<String, String> params = validReferral("Morgan Ashby", "Riley Cole");

    String location = mvc.perform(post("/referrals/new").params(params).with(coordinator()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andReturn().getResponse().getRedirectedUrl();
    assertThat(location).matches("/referrals/\\d+/confirmation");
    long caseId = Long.parseLong(location.split("/")[2]);

    Case opened = cases.get(caseId);
    mvc.perform(get(location).with(coordinator()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1 class=\"govuk-panel__title\">Referral saved</h1>")))
        .andExpect(content().string(containsString("<strong>" + opened.reference() + "</strong>")))
        .andExpect(content().string(containsString("href=\"/cases/" + caseId + "\"")));

    assertThat(opened.area()).isEqualTo(new Area("COLCHESTER"));
    assertThat(opened.offenceType()).isEqualTo("Criminal damage to a car");
    assertThat(opened.sensitivity().hateCrime()).isTrue();
    assertThat(opened.sensitivity().domesticAbuse()).isFalse();
    Referral referral = referrals.get(caseId);
    assertThat(referral.source()).isEqualTo(ReferralSource.POLICE);
    assertThat(referral.referrer().name()).isEqualTo("PC Jo Lane");
    assertThat(referral.referrer().organisation()).isEqualTo("Essex Police");
    assertThat(referral.incidentDate()).isEqualTo(LocalDate.of(2025, 11, 3));
    assertThat(referral.reportDate()).isEqualTo(LocalDate.of(2025, 11, 4));
    assertThat(referral.wentToCourt()).isFalse();
    List<Party> parties = cases.parties(caseId);
    assertThat(parties).extracting(Party::role).containsExactly(PartyRole.HARMED, PartyRole.HARMER);
    Party harmed = parties.get(0);
    assertThat(harmed.name()).isEqualTo("Morgan Ashby");
    assertThat(harmed.email()).isEqualTo("morgan@example.com");
    assertThat(harmed.preferredContact()).isEqualTo(ContactMethod.EMAIL);
    assertThat(harmed.emailContactAgreed()).isTrue();
    assertThat(harmed.dateOfBirth()).isEqualTo(LocalDate.of(1979, 6, 1));
    assertThat(parties.get(1).emailContactAgreed()).isFalse();
    assertThat(records.notes(caseId)).extracting(CaseNote::text, CaseNote::writtenBy)
        .contains(org.assertj.core.groups.Tuple.tuple("What happened, as referred:\nTwo cars were scratched.", "coordinator"));

    List<ProcessInstance> instances = camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(JourneyStarter.PROCESS_ID).processInstanceKey(opened.processInstanceKey()))
        .send().join().items();
    assertThat(instances).hasSize(1);
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
    return user("coordinator").roles("COORDINATOR");
  }

  static MultiValueMap<String, String> validReferral(String harmed, String harmer) {
    MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
    p.add("source", "POLICE");
    p.add("referrerName", "PC Jo Lane");
    p.add("referrerOrganisation", "Essex Police");
    p.add("referrerEmail", "jo.lane@police.example.com");
    p.add("referrerPhone", "01245 000000");
    p.add("referralDate.day", "12");
    p.add("referralDate.month", "1");
    p.add("referralDate.year", "2026");
    p.add("offenceType", "Criminal damage to a car");
    p.add("incidentDate.day", "3");
    p.add("incidentDate.month", "11");
    p.add("incidentDate.year", "2025");
    p.add("reportDate.day", "4");
    p.add("reportDate.month", "11");
    p.add("reportDate.year", "2025");
    p.add("wentToCourt", "no");
    p.add("sentenceDate.day", "");
    p.add("sentenceDate.month", "");
    p.add("sentenceDate.year", "");
    p.add("summary", "Two cars were scratched.");
    p.add("area", "COLCHESTER");
    p.add("sensitivity", "HATE_CRIME");
    p.add("_sensitivity", "on");
    p.add("harmed.name", harmed);
    p.add("harmed.dateOfBirth.day", "1");
    p.add("harmed.dateOfBirth.month", "6");
    p.add("harmed.dateOfBirth.year", "1979");
    p.add("harmed.email", "morgan@example.com");
    p.add("harmed.preferredContact", "EMAIL");
    p.add("harmed.emailContactAgreed", "true");
    p.add("_harmed.emailContactAgreed", "on");
    p.add("harmer.name", harmer);
    p.add("harmer.phone", "07700 900982");
    p.add("harmer.preferredContact", "PHONE");
    p.add("_harmer.emailContactAgreed", "on");
    return p;
  }
}
