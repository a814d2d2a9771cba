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
 * (GreenMail), answers land against the case and the party, and a link works once, for 90 days,
 * only with the form's CSRF token, and never shows anything about the case.
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
  void shouldTakeAParticipantsAnswersOnceFromTheLinkInTheirEmail() throws Exception {
    Sent sent = sendSurvey();
    assertThat(jdbc.sql("select token_hash from amends.survey_invitation where party_id = ?").param(sent.partyId())
        .query(String.class).single())
        .as("only the token's SHA-256 is kept").isEqualTo(SurveyTokens.hash(sent.path().substring(8)))
        .doesNotContain(sent.path().substring(8));

    String page = mvc.perform(get(sent.path())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("How satisfied were you with the service?", "Did you feel prepared",
            "Was the meeting or exchange well run?", "Would you recommend restorative justice")
        .doesNotContain(sent.reference(), sent.surname(), "Criminal damage", "Chelmsford");

    String errors = mvc.perform(post(sent.path()).with(csrf())).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(errors).contains("There is a problem", "Select how satisfied you were with the service",
        "href=\"#satisfaction\"", "Select yes if the meeting or exchange was well run");

    mvc.perform(answer(sent.path(), "4", "yes", "no", "yes", "Thank you Fay")).andExpect(redirectedUrl("/survey/thank-you"));
    assertThat(jdbc.sql("""
            select respondent, party_id, satisfaction, satisfied, would_recommend, felt_prepared, well_run, comments
            from amends.survey_response where case_id = ?""").param(sent.caseId()).query().listOfRows())
        .singleElement().satisfies(row -> assertThat(row).containsEntry("respondent", "PARTY")
            .containsEntry("party_id", sent.partyId()).containsEntry("satisfaction", 4)
            .containsEntry("satisfied", true).containsEntry("would_recommend", true)
            .containsEntry("felt_prepared", false).containsEntry("well_run", true)
            .containsEntry("comments", "Thank you Fay"));
    assertThat(jdbc.sql("select count(*) from amends.audit_event where action = 'SURVEY_ANSWERED' and actor_kind = 'PUBLIC'"
        + " and case_reference = ?").param(sent.reference()).query(Long.class).single()).isEqualTo(1);

    // a second answer with the same link is refused and changes nothing
    String again = mvc.perform(answer(sent.path(), "1", "no", "no", "no", "Second try"))
        .andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
    assertThat(again).contains("You have already answered");
    assertThat(mvc.perform(get(sent.path())).andExpect(status().isGone()).andReturn().getResponse()
        .getContentAsString()).contains("You have already answered").doesNotContain("How satisfied");
    assertThat(jdbc.sql("select count(*) from amends.survey_response where case_id = ?").param(sent.caseId())
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void shouldRefuseAnExpiredLinkAndAnUnknownOne() throws Exception {
    Sent sent = sendSurvey();
    assertThat(jdbc.sql("select expires_at - created_at from amends.survey_invitation where party_id = ?")
        .param(sent.partyId()).query(String.class).single()).isEqualTo("90 days");
    jdbc.sql("update amends.survey_invitation set created_at = created_at - interval '91 days',"
        + " expires_at = expires_at - interval '91 days' where party_id = ?").param(sent.partyId()).update();

    assertThat(mvc.perform(get(sent.path())).andExpect(status().isGone()).andReturn().getResponse()
        .getContentAsString()).contains("This link has expired").doesNotContain(sent.reference());
    mvc.perform(answer(sent.path(), "5", "yes", "yes", "yes", null)).andExpect(status().isGone());
    assertThat(jdbc.sql("select count(*) from amends.survey_response where case_id = ?").param(sent.caseId())
        .query(Long.class).single()).isZero();

    for (String unknown : List.of("/survey/" + SurveyTokens.newToken(), "/survey/short", "/survey/" + "x".repeat(500))) {
      assertThat(mvc.perform(get(unknown)).andExpect(status().isNotFound()).andReturn().getResponse()
          .getContentAsString()).contains("This link does not work");
    }
  }

  @Test
  void shouldRefuseAnAnswerWithoutTheFormsCsrfToken() throws Exception {
    Sent sent = sendSurvey();
    mvc.perform(post(sent.path()).param("satisfaction", "5").param("recommend", "yes").param("prepared", "yes")
        .param("wellRun", "yes")).andExpect(status().isForbidden());
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

    String page = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Would you recommend the restorative justice service to colleagues")
        .doesNotContain("How satisfied", c.reference(), "Surveyed");
    mvc.perform(post(path).with(csrf()).param("recommend", "yes")).andExpect(redirectedUrl("/survey/thank-you"));
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
    int refused = 0;
    for (int i = 0; i < 25; i++) {
      int status = mvc.perform(post("/survey/" + SurveyTokens.newToken()).with(csrf())
              .with(r -> { r.setRemoteAddr("192.0.2.77"); return r; }))
          .andReturn().getResponse().getStatus();
      if (status == 429) {
        refused++;
      }
    }
    assertThat(refused).as("answers past the 20 allowed per 5 minutes").isEqualTo(5);
  }

  private MockHttpServletRequestBuilder answer(String path, String satisfaction, String recommend, String prepared,
      String wellRun, String comments) {
    MockHttpServletRequestBuilder post = post(path).with(csrf()).param("satisfaction", satisfaction)
        .param("recommend", recommend).param("prepared", prepared).param("wellRun", wellRun);
    return comments == null ? post : post.param("comments", comments);
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
