package org.amends.app.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.MultiValueMap;

/**
 * Intake takes only the areas and sources the service offers now: the staff form, the public
 * self-referral and the partner API each refuse a retired or unknown one with a message that
 * names the field (and, for the API, the codes allowed). Each test retires an area of its own,
 * so the shared database keeps the demo's areas for the other tests.
 */
class RetiredChoicesIntakeTest extends IntakeTestSupport {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private String retiredArea;

  @BeforeEach
  void retireAnArea() throws Exception {
    String name = "Retired " + UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "q");
    mvc.perform(post("/service-lists/areas/new").with(user("manager").roles("MANAGER")).with(csrf())
        .param("name", name)).andExpect(redirectedUrl("/service-lists"));
    retiredArea = jdbc.sql("select code from amends.area where name = :n").param("n", name).query(String.class).single();
    retire("areas", retiredArea);
  }

  @Test
  void shouldRefuseARetiredOrUnknownAreaOrSourceOnTheStaffForm() throws Exception {
    for (String area : new String[] {retiredArea, "ATLANTIS"}) {
      MultiValueMap<String, String> form = StaffReferralTest.validReferral("Ann Retired", "Bob Retired");
      form.set("area", area);
      mvc.perform(post("/referrals/new").params(form).with(coordinator()).with(csrf()))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("<a href=\"#area\">Select the area where the incident happened</a>")));
    }
    MultiValueMap<String, String> form = StaffReferralTest.validReferral("Ann Retired", "Bob Retired");
    form.set("source", "CARRIER_PIGEON");
    mvc.perform(post("/referrals/new").params(form).with(coordinator()).with(csrf()))
        .andExpect(content().string(containsString("<a href=\"#source\">Select who made the referral</a>")));
    assertThat(jdbc.sql("select count(*) from amends.party where name = 'Ann Retired'").query(Long.class).single())
        .isZero();
  }

  @Test
  void shouldNameTheFieldAndTheAllowedCodesWhenAPartnerSendsARetiredArea() throws Exception {
    String body = PartnerReferralApiTest.referral("Cat Retired", "Dan Retired")
        .replace("\"SOUTHEND\"", "\"" + retiredArea + "\"");
    mvc.perform(PartnerReferralApiTest.send(PartnerReferralApiTest.POLICE_KEY, body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("area"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("must be one of COLCHESTER, SOUTHEND")))
        .andExpect(jsonPath("$.errors[0].message").value(not(containsString(retiredArea))))
        .andExpect(jsonPath("$.detail").value(containsString("area must be one of")));
  }

  @Test
  void shouldRefuseAPartnerWhoseAgencySourceWasRetired() throws Exception {
    retire("sources", "YOUTH_OFFENDING_TEAM");
    try {
      mvc.perform(PartnerReferralApiTest.send("test-yot-key", PartnerReferralApiTest.referral("Eve Yot", "Fay Yot")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("source"))
          .andExpect(jsonPath("$.errors[0].message").value(containsString(
              "is YOUTH_OFFENDING_TEAM, which the service no longer takes referrals from")));
    } finally {
      mvc.perform(post("/service-lists/sources/YOUTH_OFFENDING_TEAM/retired").with(user("manager").roles("MANAGER"))
          .with(csrf()).param("retired", "false"));
    }
  }

  @Test
  void shouldNotOfferARetiredAreaToThePublicAndAskAgainForOneRetiredMeanwhile() throws Exception {
    MockHttpSession session = new MockHttpSession();
    answerUpToWhere(session);
    mvc.perform(get("/self-referral/where").session(session))
        .andExpect(content().string(containsString("value=\"COLCHESTER\"")))
        .andExpect(content().string(not(containsString("value=\"" + retiredArea + "\""))));
    answer(session, "where", "area", retiredArea)
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<a href=\"#area\">Select where it happened</a>")));

    // chosen while offered, retired before the referral was sent: asked again, no case opened
    String name = "Later " + UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "q");
    mvc.perform(post("/service-lists/areas/new").with(user("manager").roles("MANAGER")).with(csrf())
        .param("name", name));
    String code = jdbc.sql("select code from amends.area where name = :n").param("n", name).query(String.class).single();
    answer(session, "where", "area", code).andExpect(redirectedUrl("/self-referral/reported"));
    answer(session, "reported", "reported", "no").andExpect(redirectedUrl("/self-referral/other-person"));
    answer(session, "other-person", "otherPersonName", "").andExpect(redirectedUrl("/self-referral/safety"));
    answer(session, "safety", "safety", "").andExpect(redirectedUrl("/self-referral/check-answers"));
    mvc.perform(get("/self-referral/check-answers").session(session))
        .andExpect(content().string(containsString(name)));
    retire("areas", code);
    mvc.perform(post("/self-referral/check-answers").session(session).with(csrf()))
        .andExpect(redirectedUrl("/self-referral/where"));
    assertThat(jdbc.sql("select count(*) from amends.case_file where area = :a").param("a", code)
        .query(Long.class).single()).isZero();
  }

  private void answerUpToWhere(MockHttpSession session) throws Exception {
    answer(session, "who", "role", "HARMED");
    answer(session, "name", "name", "Gil Public");
    answer(session, "date-of-birth", "dateOfBirth.day", "14", "dateOfBirth.month", "2", "dateOfBirth.year", "1988");
    answer(session, "contact", "contactMethod", "EMAIL");
    answer(session, "email", "email", "gil@example.com");
    answer(session, "what-happened", "incidentType", "HATE_CRIME");
    answer(session, "when", "incidentDate.day", "3", "incidentDate.month", "11", "incidentDate.year", "2025")
        .andExpect(redirectedUrl("/self-referral/where"));
  }

  private ResultActions answer(MockHttpSession session, String slug, String... nameValues) throws Exception {
    var request = post("/self-referral/" + slug).session(session).with(csrf());
    for (int i = 0; i < nameValues.length; i += 2) {
      request.param(nameValues[i], nameValues[i + 1]);
    }
    return mvc.perform(request);
  }

  private void retire(String list, String code) throws Exception {
    mvc.perform(post("/service-lists/" + list + "/" + code + "/retired").with(user("manager").roles("MANAGER"))
        .with(csrf()).param("retired", "true")).andExpect(redirectedUrl("/service-lists"));
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
    return user("coordinator").roles("COORDINATOR");
  }
}
