package org.amends.app.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Referrals made the three ways people make them: a partner agency's system posting to the API
 * with its key, a coordinator filling in the referral form, and someone referring themselves on
 * the public pages. Each takes the referral date the app gives it (today, on the app's clock) or,
 * on the staff form, the one typed. {@code who} names the case's people uniquely: the harmed
 * person is "Hana who", the harmer "Rory who", both agreeing to email at {@link #harmedEmail} and
 * {@link #harmerEmail}, and the referrer is at {@link #referrerEmail}.
 */
final class IntakeHands {

  private final MockMvc mvc;
  private final JdbcClient jdbc;
  private final ObjectMapper json = new ObjectMapper();

  IntakeHands(MockMvc mvc, JdbcClient jdbc) {
    this.mvc = mvc;
    this.jdbc = jdbc;
  }

  static String harmedEmail(String who) {
    return "hana." + who.toLowerCase() + "@example.org";
  }

  static String harmerEmail(String who) {
    return "rory." + who.toLowerCase() + "@example.org";
  }

  static String referrerEmail(String who) {
    return "referrer." + who.toLowerCase() + "@agency.example";
  }

  /** A partner agency's referral through the API; its source is the agency's, known by the key. */
  long partner(String apiKey, String area, String who, LocalDate today) throws Exception {
    String body = """
        {"referrer": {"name": "Ref %1$s", "email": "%2$s"},
         "incidentDate": "%3$s", "offenceType": "Criminal damage", "wentToCourt": false, "area": "%4$s",
         "harmed": {"name": "Hana %1$s", "email": "%5$s", "preferredContact": "EMAIL", "emailContactAgreed": true},
         "harmer": {"name": "Rory %1$s", "email": "%6$s", "preferredContact": "EMAIL", "emailContactAgreed": true}}
        """.formatted(who, referrerEmail(who), today.minusDays(20), area, harmedEmail(who), harmerEmail(who));
    String created = mvc.perform(post("/api/partner/referrals").header("X-API-Key", apiKey)
            .contentType("application/json").content(body))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return caseOf(json.readTree(created).get("caseReference").asText());
  }

  /** A coordinator's referral on the staff form, from the source chosen, dated as typed. */
  long staff(String source, String area, String who, LocalDate referralDate) throws Exception {
    MockHttpServletRequestBuilder form = post("/referrals/new").with(user("coordinator").roles("COORDINATOR"))
        .with(csrf())
        .param("source", source).param("referrerName", "Ref " + who).param("referrerOrganisation", "Agency " + who)
        .param("referrerEmail", referrerEmail(who)).param("offenceType", "Criminal damage")
        .param("wentToCourt", "no").param("summary", "A window was broken.").param("area", area)
        .param("_sensitivity", "on")
        .param("harmed.name", "Hana " + who).param("harmed.email", harmedEmail(who))
        .param("harmed.preferredContact", "EMAIL").param("harmed.emailContactAgreed", "true")
        .param("_harmed.emailContactAgreed", "on")
        .param("harmer.name", "Rory " + who).param("harmer.email", harmerEmail(who))
        .param("harmer.preferredContact", "EMAIL").param("harmer.emailContactAgreed", "true")
        .param("_harmer.emailContactAgreed", "on");
    date(form, "referralDate", referralDate);
    date(form, "incidentDate", referralDate.minusDays(20));
    String location = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse()
        .getRedirectedUrl();
    if (location == null || !location.matches("/referrals/\\d+/confirmation")) {
      throw new AssertionError("The referral form was not saved: went to " + location);
    }
    return Long.parseLong(location.split("/")[2]);
  }

  /**
   * Someone harmed refers themselves, question by question, naming the person who harmed them
   * (who has no contact details); they are the referrer, at {@link #harmedEmail}.
   */
  long self(String area, String who, LocalDate today) throws Exception {
    MockHttpSession session = new MockHttpSession();
    answer(session, "who", "role", "HARMED");
    answer(session, "name", "name", "Hana " + who);
    answerDate(session, "date-of-birth", "dateOfBirth", LocalDate.of(1985, 3, 1));
    answer(session, "contact", "contactMethod", "EMAIL");
    answer(session, "email", "email", harmedEmail(who));
    answer(session, "what-happened", "incidentType", "DAMAGE");
    answerDate(session, "when", "incidentDate", today.minusDays(30));
    answer(session, "where", "area", area);
    answer(session, "reported", "reported", "no");
    answer(session, "other-person", "otherPersonName", "Rory " + who);
    answer(session, "safety", "safety", "");
    mvc.perform(post("/self-referral/check-answers").session(session).with(csrf()))
        .andExpect(redirectedUrl("/self-referral/confirmation"));
    mvc.perform(get("/self-referral/confirmation").session(session)).andExpect(status().isOk());
    return jdbc.sql("select case_id from amends.party where name = :name and role = 'HARMED'")
        .param("name", "Hana " + who).query(Long.class).single();
  }

  private long caseOf(String reference) {
    return jdbc.sql("select id from amends.case_file where reference = :reference")
        .param("reference", reference).query(Long.class).single();
  }

  private void answer(MockHttpSession session, String slug, String field, String value) throws Exception {
    mvc.perform(post("/self-referral/" + slug).session(session).with(csrf()).param(field, value))
        .andExpect(status().is3xxRedirection());
  }

  private void answerDate(MockHttpSession session, String slug, String field, LocalDate day) throws Exception {
    mvc.perform(date(post("/self-referral/" + slug).session(session).with(csrf()), field, day))
        .andExpect(status().is3xxRedirection());
  }

  private static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String field, LocalDate day) {
    return request.param(field + ".day", String.valueOf(day.getDayOfMonth()))
        .param(field + ".month", String.valueOf(day.getMonthValue()))
        .param(field + ".year", String.valueOf(day.getYear()));
  }
}
