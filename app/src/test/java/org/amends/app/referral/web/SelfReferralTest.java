package org.amends.app.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.camunda.client.CamundaClient;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class SelfReferralTest extends IntakeTestSupport {

  @Autowired MockMvc mvc;
  @Autowired CaseService cases;
  @Autowired ReferralService referrals;
  @Autowired CaseRecordService records;
  @Autowired CamundaClient camunda;

  MockHttpSession session;

  @BeforeEach
  void newSession() {
    session = new MockHttpSession();
  }

  @Test
  void shouldShowTheStartPageWithoutSigningIn() throws Exception {
    mvc.perform(get("/self-referral"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Ask for restorative justice – Ask for restorative justice</title>")))
        .andExpect(content().string(containsString("Who can ask")))
        .andExpect(content().string(containsString("href=\"/self-referral/who\"")))
        .andExpect(content().string(containsString("Start now")));
  }

  @Test
  void shouldAskTheFirstQuestionWithABackLinkToTheStartPage() throws Exception {
    mvc.perform(get("/self-referral/who").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Which of these describes you? – Ask for restorative justice</title>")))
        .andExpect(content().string(containsString("<a href=\"/self-referral\" class=\"govuk-back-link\">Back</a>")))
        .andExpect(content().string(containsString("<h1 class=\"govuk-fieldset__heading\">Which of these describes you?</h1>")))
        .andExpect(content().string(containsString("id=\"role\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")));
  }

  @Test
  void shouldRefuseAnAnswerWithoutCsrfToken() throws Exception {
    mvc.perform(post("/self-referral/who").session(session).param("role", "HARMED"))
        .andExpect(status().isForbidden());
  }

  @Test
  void shouldExplainAMissingChoiceWithAnErrorSummaryLinkingToTheField() throws Exception {
    answer("who")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Error: Which of these describes you? – Ask for restorative justice</title>")))
        .andExpect(content().string(containsString("<a href=\"#role\">Select if you were harmed, caused harm or were affected in another way</a>")))
        .andExpect(content().string(containsString("govuk-form-group--error")));
  }

  @Test
  void shouldKeepEachAnswerInTheSessionAndShowItWhenGoingBack() throws Exception {
    answer("who", "role", "HARMED").andExpect(redirectedUrl("/self-referral/name"));
    answer("name", "name", "Alex Morgan").andExpect(redirectedUrl("/self-referral/date-of-birth"));

    mvc.perform(get("/self-referral/name").session(session))
        .andExpect(content().string(containsString("value=\"Alex Morgan\"")))
        .andExpect(content().string(containsString("<a href=\"/self-referral/who\" class=\"govuk-back-link\">Back</a>")));
    mvc.perform(get("/self-referral/who").session(session))
        .andExpect(content().string(containsString("id=\"role\" aria-describedby=\"role-HARMED-hint\" name=\"role\" checked=\"checked\"")));
  }

  @Test
  void shouldExplainEachProblemWithTheNameTheGovUkWay() throws Exception {
    answer("who", "role", "HARMED");
    answer("name", "name", "  ")
        .andExpect(content().string(containsString("<a href=\"#name\">Enter your name</a>")))
        .andExpect(content().string(containsString("<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label govuk-label--l\" for=\"name\">What is your name?</label></h1>")));
    answer("name", "name", "x".repeat(201))
        .andExpect(content().string(containsString("Your name must be 200 characters or fewer")))
        .andExpect(content().string(containsString("value=\"" + "x".repeat(201) + "\"")));
  }

  @Test
  void shouldCheckTheDateOfBirthAndKeepWhatWasTyped() throws Exception {
    answer("who", "role", "HARMED");
    answer("name", "name", "Alex Morgan");
    answerDate("date-of-birth", "dateOfBirth", "", "", "")
        .andExpect(content().string(containsString("<a href=\"#dateOfBirth\">Enter your date of birth</a>")));
    answerDate("date-of-birth", "dateOfBirth", "31", "2", "1990")
        .andExpect(content().string(containsString("Your date of birth must be a real date")))
        .andExpect(content().string(containsString("value=\"31\"")))
        .andExpect(content().string(containsString("autocomplete=\"bday-day\"")));
    answerDate("date-of-birth", "dateOfBirth", "12", "", "1990")
        .andExpect(content().string(containsString("Your date of birth must include a month")));
    LocalDate tomorrow = LocalDate.now().plusDays(2);
    answerDate("date-of-birth", "dateOfBirth", tomorrow)
        .andExpect(content().string(containsString("Your date of birth must be in the past")));
    answerDate("date-of-birth", "dateOfBirth", "12", "6", "1990")
        .andExpect(redirectedUrl("/self-referral/contact"));
  }

  @Test
  void shouldAskForTheEmailAddressOnlyWhenEmailWasChosenAndCheckItsFormat() throws Exception {
    answerUpTo("contact");
    answer("contact").andExpect(content().string(containsString("<a href=\"#contactMethod\">Select how we should contact you</a>")));
    answer("contact", "contactMethod", "EMAIL").andExpect(redirectedUrl("/self-referral/email"));
    mvc.perform(get("/self-referral/phone").session(session)).andExpect(redirectedUrl("/self-referral/email"));
    answer("email", "email", "").andExpect(content().string(containsString("<a href=\"#email\">Enter your email address</a>")));
    answer("email", "email", "alex.example.com")
        .andExpect(content().string(containsString("<a href=\"#email\">Enter an email address in the correct format, like name@example.com</a>")))
        .andExpect(content().string(containsString("value=\"alex.example.com\"")));
    answer("email", "email", "alex@example.com").andExpect(redirectedUrl("/self-referral/what-happened"));
  }

  @Test
  void shouldRefuseAThreeHundredKilobyteEmailAnswerWithTheLengthMessage() throws Exception {
    answerUpTo("email");
    // the shape that made the old pattern backtrack: a@a.a.a.… with no end it accepts (20 KB of it
    // held a thread 13 s; 300 KB, most of an hour)
    String huge = "a@" + "a.".repeat(150 * 1024) + "@";
    long started = System.nanoTime();
    answer("email", "email", huge)
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(
            "<a href=\"#email\">Your email address must be 254 characters or fewer</a>")));
    // a figure to read, not a limit to assert (no timed tests)
    System.out.printf("A 300 KB email answer was refused in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    answer("email", "email", "a".repeat(64) + "@" + "b".repeat(185) + ".org")
        .andExpect(redirectedUrl("/self-referral/what-happened"));
  }

  @Test
  void shouldAskForThePhoneNumberWhenPhoneWasChosen() throws Exception {
    answerUpTo("contact");
    answer("contact", "contactMethod", "PHONE").andExpect(redirectedUrl("/self-referral/phone"));
    answer("phone", "phone", "call me")
        .andExpect(content().string(containsString("<a href=\"#phone\">Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192</a>")));
    answer("phone", "phone", "07700 900982").andExpect(redirectedUrl("/self-referral/what-happened"));
    mvc.perform(get("/self-referral/what-happened").session(session))
        .andExpect(content().string(containsString("<a href=\"/self-referral/phone\" class=\"govuk-back-link\">Back</a>")));
  }

  @Test
  void shouldCheckTheIncidentQuestions() throws Exception {
    answerUpTo("what-happened");
    answer("what-happened", "incidentType", "BURGLARY_OF_THE_MOON")
        .andExpect(content().string(containsString("<a href=\"#incidentType\">Select what happened</a>")));
    answer("what-happened", "incidentType", "HATE_CRIME").andExpect(redirectedUrl("/self-referral/when"));
    answerDate("when", "incidentDate", LocalDate.now().plusDays(2))
        .andExpect(content().string(containsString("<a href=\"#incidentDate\">The date it happened must be in the past</a>")));
    answerDate("when", "incidentDate", "", "", "")
        .andExpect(content().string(containsString("Enter the date it happened")));
    answerDate("when", "incidentDate", LocalDate.of(2025, 11, 3)).andExpect(redirectedUrl("/self-referral/where"));
    answer("where").andExpect(content().string(containsString("<a href=\"#area\">Select where it happened</a>")));
    answer("where", "area", "HARLOW").andExpect(redirectedUrl("/self-referral/reported"));
    answer("reported").andExpect(content().string(containsString("<a href=\"#reported\">Select yes if it was reported to the police</a>")));
    answer("reported", "reported", "yes").andExpect(redirectedUrl("/self-referral/report-date"));
    answerDate("report-date", "reportDate", LocalDate.of(2025, 11, 2))
        .andExpect(content().string(containsString("The date it was reported to the police must be the same as or after the date it happened")));
    answerDate("report-date", "reportDate", LocalDate.of(2025, 11, 4)).andExpect(redirectedUrl("/self-referral/other-person"));
    mvc.perform(get("/self-referral/other-person").session(session))
        .andExpect(content().string(containsString("What is the name of the person who caused the harm? (optional)")));
    answer("other-person", "otherPersonName", "").andExpect(redirectedUrl("/self-referral/safety"));
    answer("safety", "safety", "x".repeat(2001))
        .andExpect(content().string(containsString("<a href=\"#safety\">Your answer must be 2,000 characters or fewer</a>")));
    answer("safety", "safety", "").andExpect(redirectedUrl("/self-referral/check-answers"));
  }

  @Test
  void shouldSkipTheReportDateWhenItWasNotReported() throws Exception {
    answerUpTo("reported");
    answer("reported", "reported", "no").andExpect(redirectedUrl("/self-referral/other-person"));
    mvc.perform(get("/self-referral/report-date").session(session))
        .andExpect(redirectedUrl("/self-referral/other-person"));
  }

  @Test
  void shouldSendSomeoneWhoSkipsAheadToTheFirstUnansweredQuestion() throws Exception {
    mvc.perform(get("/self-referral/where").session(session)).andExpect(redirectedUrl("/self-referral/who"));
    mvc.perform(get("/self-referral/check-answers").session(session)).andExpect(redirectedUrl("/self-referral/who"));
    mvc.perform(post("/self-referral/check-answers").session(session).with(csrf()))
        .andExpect(redirectedUrl("/self-referral/who"));
    answer("who", "role", "HARMER");
    answer("name", "name", "Sam Reid");
    answer("where", "area", "HARLOW").andExpect(redirectedUrl("/self-referral/date-of-birth"));
    mvc.perform(get("/self-referral/safety").session(session)).andExpect(redirectedUrl("/self-referral/date-of-birth"));
    mvc.perform(get("/self-referral/confirmation").session(session)).andExpect(redirectedUrl("/self-referral"));
    mvc.perform(get("/self-referral/no-such-question").session(session)).andExpect(status().isNotFound());
  }

  @Test
  void shouldShowEveryAnswerOnCheckAnswersWithChangeLinks() throws Exception {
    answerEverything("Jordan Price", "jordan.price@example.com");

    mvc.perform(get("/self-referral/check-answers").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Check your answers before sending your request – Ask for restorative justice</title>")))
        .andExpect(content().string(containsString("<dt class=\"govuk-summary-list__key\">Name</dt>")))
        .andExpect(content().string(containsString("Jordan Price")))
        .andExpect(content().string(containsString("14 February 1988")))
        .andExpect(content().string(containsString("jordan.price@example.com")))
        .andExpect(content().string(containsString("Hate crime")))
        .andExpect(content().string(containsString("3 November 2025")))
        .andExpect(content().string(containsString("Basildon")))
        .andExpect(content().string(containsString("Chris Dale")))
        .andExpect(content().string(containsString("Please do not call after 6pm")))
        .andExpect(content().string(containsString("<a class=\"govuk-link\" href=\"/self-referral/name?change=true\">Change<span class=\"govuk-visually-hidden\"> your name</span></a>")))
        .andExpect(content().string(containsString("href=\"/self-referral/email?change=true\"")))
        .andExpect(content().string(not(containsString("href=\"/self-referral/phone?change=true\""))))
        .andExpect(content().string(containsString("Accept and send")));
  }

  @Test
  void shouldReturnToCheckAnswersAfterAChange() throws Exception {
    answerEverything("Jordan Price", "jordan.price@example.com");

    mvc.perform(get("/self-referral/name").param("change", "true").session(session))
        .andExpect(content().string(containsString("<a href=\"/self-referral/check-answers\" class=\"govuk-back-link\">Back</a>")))
        .andExpect(content().string(containsString("action=\"/self-referral/name?change=true\"")));
    mvc.perform(post("/self-referral/name").param("change", "true").param("name", "Jordan Pryce").session(session).with(csrf()))
        .andExpect(redirectedUrl("/self-referral/check-answers"));
    mvc.perform(get("/self-referral/check-answers").session(session))
        .andExpect(content().string(containsString("Jordan Pryce")));
  }

  @Test
  void shouldAskANewlyNeededQuestionBeforeReturningToCheckAnswers() throws Exception {
    answerEverything("Jordan Price", "jordan.price@example.com");

    mvc.perform(post("/self-referral/contact").param("change", "true").param("contactMethod", "PHONE").session(session).with(csrf()))
        .andExpect(redirectedUrl("/self-referral/phone?change=true"));
    mvc.perform(get("/self-referral/check-answers").session(session)).andExpect(redirectedUrl("/self-referral/phone"));
    mvc.perform(post("/self-referral/phone").param("change", "true").param("phone", "01632 960001").session(session).with(csrf()))
        .andExpect(redirectedUrl("/self-referral/check-answers"));
    mvc.perform(get("/self-referral/check-answers").session(session))
        .andExpect(content().string(containsString("01632 960001")))
        .andExpect(content().string(not(containsString("jordan.price@example.com"))));
  }

  @Test
  void shouldAskForTheReportDateAgainWhenTheIncidentDateMovesAfterIt() throws Exception {
    answerEverything("Jordan Price", "jordan.price@example.com");

    mvc.perform(post("/self-referral/when").param("change", "true").session(session).with(csrf())
            .param("incidentDate.day", "10").param("incidentDate.month", "11").param("incidentDate.year", "2025"))
        .andExpect(redirectedUrl("/self-referral/report-date?change=true"));
  }

  @Test
  void shouldOpenTheCaseAndStartTheJourneyWhenSent() throws Exception {
    answerEverything("Robin Fairweather", "robin.fairweather@example.com");

    String location = mvc.perform(post("/self-referral/check-answers").session(session).with(csrf()))
        .andExpect(redirectedUrl("/self-referral/confirmation"))
        .andReturn().getResponse().getRedirectedUrl();
    String page = mvc.perform(get(location).session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Referral received – Ask for restorative justice</title>")))
        .andExpect(content().string(containsString("<h1 class=\"govuk-panel__title\">Referral received</h1>")))
        .andExpect(content().string(containsString("What happens next")))
        .andReturn().getResponse().getContentAsString();
    String reference = page.replaceAll("(?s).*<strong>(RJ-\\d{4}-\\d{5,})</strong>.*", "$1");
    assertThat(reference).matches("RJ-\\d{4}-\\d{5,}");

    Case opened = cases.findByReference(reference).orElseThrow();
    assertThat(opened.area()).isEqualTo(new Area("BASILDON"));
    assertThat(opened.offenceType()).isEqualTo("Hate crime");
    assertThat(opened.sensitivity().hateCrime()).isTrue();
    assertThat(opened.processInstanceKey()).isNotNull();
    Referral referral = referrals.get(opened.id());
    assertThat(referral.source()).isEqualTo(ReferralSource.SELF);
    assertThat(referral.referrer().name()).isEqualTo("Robin Fairweather");
    assertThat(referral.referrer().email()).isEqualTo("robin.fairweather@example.com");
    assertThat(referral.incidentDate()).isEqualTo(LocalDate.of(2025, 11, 3));
    assertThat(referral.reportDate()).isEqualTo(LocalDate.of(2025, 11, 4));
    List<Party> parties = cases.parties(opened.id());
    assertThat(parties).extracting(Party::role, Party::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(PartyRole.HARMED, "Robin Fairweather"),
            org.assertj.core.groups.Tuple.tuple(PartyRole.HARMER, "Chris Dale"));
    assertThat(parties.get(0).dateOfBirth()).isEqualTo(LocalDate.of(1988, 2, 14));
    assertThat(parties.get(0).preferredContact()).isEqualTo(ContactMethod.EMAIL);
    assertThat(parties.get(0).emailContactAgreed()).isTrue();
    assertThat(records.notes(opened.id())).extracting(CaseNote::text)
        .anyMatch(text -> text.contains("Please do not call after 6pm"));
    assertThat(camunda.newProcessInstanceSearchRequest()
            .filter(f -> f.processDefinitionId(JourneyStarter.PROCESS_ID)
                .processInstanceKey(opened.processInstanceKey()))
            .send().join().items())
        .hasSize(1);

    // the answers are gone: sending again opens no second case
    mvc.perform(post("/self-referral/check-answers").session(session).with(csrf()))
        .andExpect(redirectedUrl("/self-referral/who"));
  }

  private void answerUpTo(String slug) throws Exception {
    String[][] steps = {
        {"who", "role", "HARMED"},
        {"name", "name", "Alex Morgan"},
        {"date-of-birth"},
        {"contact", "contactMethod", "EMAIL"},
        {"email", "email", "alex@example.com"},
        {"what-happened", "incidentType", "HATE_CRIME"},
        {"when"},
        {"where", "area", "BASILDON"},
        {"reported", "reported", "yes"},
        {"report-date"},
        {"other-person", "otherPersonName", "Chris Dale"},
        {"safety", "safety", "Please do not call after 6pm"}};
    for (String[] step : steps) {
      if (step[0].equals(slug)) {
        return;
      }
      switch (step[0]) {
        case "date-of-birth" -> answerDate(step[0], "dateOfBirth", LocalDate.of(1988, 2, 14));
        case "when" -> answerDate(step[0], "incidentDate", LocalDate.of(2025, 11, 3));
        case "report-date" -> answerDate(step[0], "reportDate", LocalDate.of(2025, 11, 4));
        default -> answer(step[0], step[1], step[2]).andExpect(status().is3xxRedirection());
      }
    }
  }

  private void answerEverything(String name, String email) throws Exception {
    answerUpTo("none");
    answer("name", "name", name);
    answer("email", "email", email);
  }

  private ResultActions answer(String slug, String... nameValues) throws Exception {
    var request = post("/self-referral/" + slug).session(session).with(csrf());
    for (int i = 0; i < nameValues.length; i += 2) {
      request.param(nameValues[i], nameValues[i + 1]);
    }
    return mvc.perform(request);
  }

  private ResultActions answerDate(String slug, String field, LocalDate date) throws Exception {
    return answerDate(slug, field, String.valueOf(date.getDayOfMonth()),
        String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
  }

  private ResultActions answerDate(String slug, String field, String day, String month, String year)
      throws Exception {
    return answer(slug, field + ".day", day, field + ".month", month, field + ".year", year);
  }
}
