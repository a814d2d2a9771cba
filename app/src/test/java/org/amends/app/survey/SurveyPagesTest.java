package org.amends.app.survey;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amends.app.EngineAndMailTestSupport;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Sensitivity;
import org.amends.app.notification.ReceivedMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public survey pages with the real app: the link comes from the email the follow-up sends
 * (GreenMail), the questions come one a page with their answers kept against the link, check
 * your answers sends them against the case and the party, and a link works once, for 90 days,
 * only with the forms' CSRF token, and never shows anything about the case.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyPagesTest extends EngineAndMailTestSupport {

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/survey/[A-Za-z0-9_-]{43})");

  @Autowired MockMvc mvc;
  @Autowired CaseService cases;
  @Autowired SurveyEmails surveys;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldAskAParticipantOneQuestionAPageAndTakeTheirAnswersOnce() throws Exception {
    Sent sent = sendSurvey();
    String path = sent.path();
    assertThat(jdbc.sql("select token_hash from amends.survey_invitation where party_id = ?").param(sent.partyId())
        .query(String.class).single())
        .as("only the token's SHA-256 is kept").isEqualTo(SurveyTokens.hash(path.substring(8)))
        .doesNotContain(path.substring(8));

    // the link opens the first question, which has no Back link and says nothing about the case
    mvc.perform(get(path)).andExpect(redirectedUrl(path + "/satisfaction"));
    String first = page(get(path + "/satisfaction"));
    assertThat(first).contains("How satisfied were you with the service?", "There are 5 questions", "Continue")
        .doesNotContain("govuk-back-link", "Did you feel prepared", sent.reference(), sent.surname(),
            "Criminal damage", "Chelmsford");

    String errors = page(post(path + "/satisfaction").with(csrf()));
    assertThat(errors).contains("Error: How satisfied", "There is a problem",
        "Select how satisfied you were with the service", "href=\"#satisfaction\"");

    // each answer is kept against the link (no session: every request here is a new one) and leads on
    mvc.perform(post(path + "/satisfaction").with(csrf()).param("satisfaction", "4"))
        .andExpect(redirectedUrl(path + "/recommend"));
    assertThat(draft(sent, "draft_satisfaction")).isEqualTo(4);
    assertThat(page(get(path + "/recommend"))).contains("Would you recommend restorative justice to someone else?",
        "href=\"" + path + "/satisfaction\"", "govuk-back-link");
    assertThat(page(get(path + "/satisfaction"))).as("an answer comes back when the page is asked again")
        .containsPattern("value=\"4\"[^>]*checked");
    mvc.perform(post(path + "/recommend").with(csrf()).param("recommend", "yes")).andExpect(redirectedUrl(path + "/prepared"));
    mvc.perform(post(path + "/prepared").with(csrf()).param("prepared", "no")).andExpect(redirectedUrl(path + "/well-run"));
    assertThat(page(get(path + "/well-run"))).contains("Was the meeting or exchange well run?",
        "href=\"" + path + "/prepared\"");
    mvc.perform(post(path + "/well-run").with(csrf()).param("wellRun", "yes"))
        .andExpect(redirectedUrl(path + "/anything-else"));
    assertThat(page(post(path + "/anything-else").with(csrf()).param("comments", "x".repeat(2001))))
        .contains("Anything else you want to tell us must be 2000 characters or fewer");
    mvc.perform(post(path + "/anything-else").with(csrf()).param("comments", "Thank you Fay"))
        .andExpect(redirectedUrl(path + "/check"));
    assertThat(jdbc.sql("select count(*) from amends.survey_response where case_id = ?").param(sent.caseId())
        .query(Long.class).single()).as("nothing is sent before check your answers").isZero();

    // check your answers, and a change that comes back to it
    String check = page(get(path + "/check"));
    assertThat(check).contains("Check your answers before sending them", "Satisfied", "Thank you Fay",
        "href=\"" + path + "/prepared?change=true\"", "Send your answers");
    assertThat(page(get(path + "/prepared?change=true"))).contains("href=\"" + path + "/check\"");
    mvc.perform(post(path + "/prepared?change=true").with(csrf()).param("prepared", "yes"))
        .andExpect(redirectedUrl(path + "/check"));

    mvc.perform(post(path).with(csrf())).andExpect(redirectedUrl("/survey/thank-you"));
    assertThat(jdbc.sql("""
            select respondent, party_id, satisfaction, satisfied, would_recommend, felt_prepared, well_run, comments
            from amends.survey_response where case_id = ?""").param(sent.caseId()).query().listOfRows())
        .singleElement().satisfies(row -> assertThat(row).containsEntry("respondent", "PARTY")
            .containsEntry("party_id", sent.partyId()).containsEntry("satisfaction", 4)
            .containsEntry("satisfied", true).containsEntry("would_recommend", true)
            .containsEntry("felt_prepared", true).containsEntry("well_run", true)
            .containsEntry("comments", "Thank you Fay"));
    assertThat(draft(sent, "draft_comments")).as("the draft goes once the answers are sent").isNull();
    assertThat(draft(sent, "draft_satisfaction")).isNull();
    assertThat(jdbc.sql("select count(*) from amends.audit_event where action = 'SURVEY_ANSWERED' and actor_kind = 'PUBLIC'"
        + " and case_reference = ?").param(sent.reference()).query(Long.class).single()).isEqualTo(1);

    // the link is used: sending again, any question page and the link itself say so and change nothing
    assertThat(mvc.perform(post(path).with(csrf())).andExpect(status().isGone()).andReturn().getResponse()
        .getContentAsString()).contains("You have already answered");
    mvc.perform(post(path + "/satisfaction").with(csrf()).param("satisfaction", "1")).andExpect(status().isGone());
    assertThat(mvc.perform(get(path + "/satisfaction")).andExpect(status().isGone()).andReturn().getResponse()
        .getContentAsString()).contains("You have already answered").doesNotContain("How satisfied");
    mvc.perform(get(path)).andExpect(status().isGone());
    assertThat(draft(sent, "draft_satisfaction")).isNull();
    assertThat(jdbc.sql("select count(*) from amends.survey_response where case_id = ?").param(sent.caseId())
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void shouldAskAgainAQuestionLeftUnansweredBeforeSending() throws Exception {
    Sent sent = sendSurvey();
    String path = sent.path();
    mvc.perform(post(path + "/satisfaction").with(csrf()).param("satisfaction", "2"))
        .andExpect(redirectedUrl(path + "/recommend"));

    mvc.perform(get(path + "/check")).andExpect(redirectedUrl(path + "/recommend"));
    mvc.perform(post(path).with(csrf())).andExpect(redirectedUrl(path + "/recommend"));
    mvc.perform(get(path + "/no-such-question")).andExpect(status().isNotFound());
    assertThat(jdbc.sql("select count(*) from amends.survey_response where case_id = ?").param(sent.caseId())
        .query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select used_at is null from amends.survey_invitation where party_id = ?")
        .param(sent.partyId()).query(Boolean.class).single()).isTrue();
  }

  @Test
  void shouldRefuseAnExpiredLinkAndAnUnknownOne() throws Exception {
    Sent sent = sendSurvey();
    assertThat(jdbc.sql("select expires_at - created_at from amends.survey_invitation where party_id = ?")
        .param(sent.partyId()).query(String.class).single()).isEqualTo("90 days");
    mvc.perform(post(sent.path() + "/satisfaction").with(csrf()).param("satisfaction", "5"));
    jdbc.sql("update amends.survey_invitation set created_at = created_at - interval '91 days',"
        + " expires_at = expires_at - interval '91 days' where party_id = ?").param(sent.partyId()).update();

    assertThat(mvc.perform(get(sent.path())).andExpect(status().isGone()).andReturn().getResponse()
        .getContentAsString()).contains("This link has expired").doesNotContain(sent.reference());
    mvc.perform(get(sent.path() + "/recommend")).andExpect(status().isGone());
    mvc.perform(post(sent.path() + "/recommend").with(csrf()).param("recommend", "yes")).andExpect(status().isGone());
    mvc.perform(post(sent.path()).with(csrf())).andExpect(status().isGone());
    assertThat(draft(sent, "draft_recommend")).isNull();
    assertThat(jdbc.sql("select count(*) from amends.survey_response where case_id = ?").param(sent.caseId())
        .query(Long.class).single()).isZero();

    for (String unknown : List.of("/survey/" + SurveyTokens.newToken(), "/survey/short", "/survey/" + "x".repeat(500),
        "/survey/" + SurveyTokens.newToken() + "/satisfaction", "/survey/" + SurveyTokens.newToken() + "/check")) {
      assertThat(mvc.perform(get(unknown)).andExpect(status().isNotFound()).andReturn().getResponse()
          .getContentAsString()).contains("This link does not work");
    }
  }

  @Test
  void shouldRefuseAnAnswerWithoutTheFormsCsrfToken() throws Exception {
    Sent sent = sendSurvey();
    mvc.perform(post(sent.path() + "/satisfaction").param("satisfaction", "5")).andExpect(status().isForbidden());
    assertThat(draft(sent, "draft_satisfaction")).isNull();
    for (String page : List.of("satisfaction", "recommend", "prepared", "well-run")) {
      String field = page.equals("well-run") ? "wellRun" : page;
      mvc.perform(post(sent.path() + "/" + page).with(csrf()).param(field, page.equals("satisfaction") ? "5" : "yes"));
    }
    mvc.perform(post(sent.path())).andExpect(status().isForbidden());
    assertThat(jdbc.sql("select used_at is null from amends.survey_invitation where party_id = ?")
        .param(sent.partyId()).query(Boolean.class).single()).isTrue();
  }

  @Test
  void shouldAskTheReferrerOnlyWhetherTheyWouldRecommendTheService() throws Exception {
    CaseCreated c = cases.createFromReferral(newCase(new Area("HARLOW"), Sensitivity.NONE,
        harmed("Ira Surveyed", LocalDate.of(1980, 1, 1), null)));
    smtp.purgeEmailFromAllMailboxes();
    surveys.sendReferrerFeedbackRequest(c.caseId(), "referrer-" + UUID.randomUUID());
    ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
    assertThat(mail.to()).isEqualTo("jo.lane@police.example");
    String path = path(mail.text());

    mvc.perform(get(path)).andExpect(redirectedUrl(path + "/recommend"));
    String page = page(get(path + "/recommend"));
    assertThat(page).contains("Would you recommend the restorative justice service to colleagues", "There are 2 questions")
        .doesNotContain("How satisfied", "govuk-back-link", c.reference(), "Surveyed");
    mvc.perform(get(path + "/satisfaction")).andExpect(status().isNotFound());
    assertThat(page(post(path + "/recommend").with(csrf()))).contains("Select yes if you would recommend the service");
    mvc.perform(post(path + "/recommend").with(csrf()).param("recommend", "yes"))
        .andExpect(redirectedUrl(path + "/anything-else"));
    mvc.perform(post(path + "/anything-else").with(csrf())).andExpect(redirectedUrl(path + "/check"));
    assertThat(page(get(path + "/check"))).contains("Nothing else").doesNotContain("How satisfied");
    mvc.perform(post(path).with(csrf())).andExpect(redirectedUrl("/survey/thank-you"));
    assertThat(jdbc.sql("select respondent || ':' || would_recommend from amends.survey_response where case_id = ?")
        .param(c.caseId()).query(String.class).single()).isEqualTo("REFERRER:true");
  }

  @Test
  void shouldMakeNoLinkWhenThePersonHasNotAgreedToEmail() {
    CaseCreated c = cases.createFromReferral(newCase(new Area("HARLOW"), Sensitivity.NONE,
        harmed("Una Phoned", LocalDate.of(1980, 1, 1), null)));
    surveys.sendSatisfactionSurvey(c.caseId(), c.partyIds().get(0), "no-email-" + UUID.randomUUID());
    assertThat(jdbc.sql("select count(*) from amends.survey_invitation where case_id = ?").param(c.caseId())
        .query(Long.class).single()).isZero();
  }

  @Test
  void shouldThrottleAnswersFromOneAddress() throws Exception {
    // 60 pages per 5 minutes: the bucket refills one every 5 seconds, so pages sent faster than
    // that are refused soon after the first 60, however slowly this machine sends them
    int accepted = 0;
    int status = 0;
    while (accepted < 1000) {
      status = mvc.perform(post("/survey/" + SurveyTokens.newToken() + "/recommend").with(csrf())
              .with(r -> { r.setRemoteAddr("192.0.2.77"); return r; }))
          .andReturn().getResponse().getStatus();
      if (status == 429) {
        break;
      }
      accepted++;
    }
    assertThat(status).isEqualTo(429);
    assertThat(accepted).as("pages let through before the first refusal").isGreaterThanOrEqualTo(60);
    mvc.perform(post("/survey/" + SurveyTokens.newToken()).with(csrf()).with(r -> { r.setRemoteAddr("192.0.2.78"); return r; }))
        .andExpect(status().isNotFound());
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private Object draft(Sent sent, String column) {
    return jdbc.sql("select " + column + " from amends.survey_invitation where party_id = ?").param(sent.partyId())
        .query().listOfRows().get(0).get(column);
  }

  private record Sent(long caseId, String reference, long partyId, String surname, String path) {}

  /** A case whose harmed party agreed to email, and the survey sent to them as the follow-up sends it. */
  private Sent sendSurvey() throws Exception {
    String surname = "Survey" + UUID.randomUUID().toString().substring(0, 8);
    String email = surname.toLowerCase() + "@example.org";
    CaseCreated c = cases.createFromReferral(newCase(new Area("CHELMSFORD"), Sensitivity.NONE,
        harmed("Ava " + surname, LocalDate.of(1980, 1, 1), email),
        harmer("Ben " + surname, LocalDate.of(2001, 1, 1), null)));
    long partyId = c.partyIds().get(0);
    surveys.sendSatisfactionSurvey(c.caseId(), partyId, "test-" + UUID.randomUUID());
    for (MimeMessage message : smtp.getReceivedMessages()) {
      ReceivedMail mail = ReceivedMail.of(message);
      if (mail.to().equals(email)) {
        assertThat(mail.subject()).isEqualTo("Tell us what you thought of restorative justice");
        assertThat(mail.html()).contains("/survey/");
        return new Sent(c.caseId(), c.reference(), partyId, surname, path(mail.text()));
      }
    }
    throw new AssertionError("No survey email to " + email + " in " + Map.of("received", smtp.getReceivedMessages().length));
  }

  private static String path(String text) {
    Matcher m = LINK.matcher(text);
    assertThat(m.find()).as("a survey link in: %s", text).isTrue();
    return m.group(1);
  }
}
