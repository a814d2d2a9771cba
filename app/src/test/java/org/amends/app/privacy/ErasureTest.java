package org.amends.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amends.app.privacy.PrivacyFixtures.FixtureCase;
import org.junit.jupiter.api.Test;

/** Erasing a person: done when nothing requires their data, refused with the reason otherwise. */
class ErasureTest extends DataProtectionTestSupport {

  @Test
  void shouldEraseAPartyOfAClosedCaseAndLeaveTheOtherPartyAndTheFigures() throws Exception {
    FixtureCase c = fixtures.create(LocalDate.now().minusMonths(3), false);

    mvc.perform(post("/privacy/people/party/{id}/erasure", c.harmedId()).with(manager()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/privacy/people/party/" + c.harmedId()));

    assertThat(party(c.harmedId())).containsEntry("name", "Anonymised").containsEntry("email", null)
        .containsEntry("date_of_birth", null).containsEntry("address", null);
    assertThat(party(c.harmerId())).containsEntry("name", "Ben " + c.surname());
    assertThat(jdbc.sql("select text from amends.case_note where case_id = ?").param(c.caseId())
        .query(String.class).list()).containsOnly("Anonymised");
    assertThat(jdbc.sql("select comments from amends.survey_response where party_id = ?").param(c.harmedId())
        .query(String.class).list()).containsOnlyNulls();
    assertThat(jdbc.sql("select satisfied and would_recommend from amends.survey_response where party_id = ?")
        .param(c.harmedId()).query(Boolean.class).single()).isTrue();
    assertThat(audit("PERSON_ERASED", "PARTY", c.harmedId())).containsExactly("DONE");

    String page = mvc.perform(get("/privacy/people/party/{id}/erasure", c.harmedId()).with(manager()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Their personal data was already erased on");
  }

  @Test
  void shouldRefuseWhileTheCaseIsOpenAndSayWhy() throws Exception {
    FixtureCase c = fixtures.create(null, false);

    String page = mvc.perform(get("/privacy/people/party/{id}/erasure", c.harmedId()).with(manager()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains(c.reference() + " is still open").doesNotContain("Erase their personal data</button>");

    mvc.perform(post("/privacy/people/party/{id}/erasure", c.harmedId()).with(manager()).with(csrf()))
        .andExpect(redirectedUrl("/privacy/people/party/" + c.harmedId() + "/erasure"));

    assertThat(party(c.harmedId())).containsEntry("name", "Ava " + c.surname()).containsEntry("anonymised_on", null);
    assertThat(audit("PERSON_ERASED", "PARTY", c.harmedId())).containsExactly("REFUSED");
  }

  @Test
  void shouldRefuseWhenASafeguardingConcernIsRecorded() throws Exception {
    FixtureCase c = fixtures.create(LocalDate.now().minusMonths(3), true);

    mvc.perform(post("/privacy/people/party/{id}/erasure", c.harmerId()).with(manager()).with(csrf()))
        .andExpect(status().is3xxRedirection());

    String page = mvc.perform(get("/privacy/people/party/{id}/erasure", c.harmerId()).with(manager()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("A safeguarding concern is recorded on " + c.reference());
    assertThat(party(c.harmerId())).containsEntry("name", "Ben " + c.surname());
  }

  @Test
  void shouldRefuseAFacilitatorAllocatedToAnOpenCaseAndEraseOneWhoIsNot() throws Exception {
    FixtureCase open = fixtures.create(null, false);
    FixtureCase closed = fixtures.create(LocalDate.now().minusMonths(3), false);

    mvc.perform(post("/privacy/people/facilitator/{id}/erasure", open.firstFacilitatorId()).with(manager()).with(csrf()))
        .andExpect(redirectedUrl("/privacy/people/facilitator/" + open.firstFacilitatorId() + "/erasure"));
    mvc.perform(post("/privacy/people/facilitator/{id}/erasure", closed.firstFacilitatorId()).with(manager()).with(csrf()))
        .andExpect(redirectedUrl("/privacy/people/facilitator/" + closed.firstFacilitatorId()));

    assertThat(facilitator(open.firstFacilitatorId())).containsEntry("name", "Fay " + open.surname());
    assertThat(facilitator(closed.firstFacilitatorId())).containsEntry("name", "Anonymised")
        .containsEntry("email", "anonymised-" + closed.firstFacilitatorId() + "@anonymised.invalid")
        .containsEntry("date_of_birth", null).containsEntry("available", false);
    // their hours still count
    assertThat(jdbc.sql("select sum(hours) from amends.volunteer_hours where facilitator_id = ?")
        .param(closed.firstFacilitatorId()).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("2.50");
  }

  @Test
  void shouldEraseAReferrerOfAClosedCase() throws Exception {
    FixtureCase c = fixtures.create(LocalDate.now().minusMonths(3), false);

    mvc.perform(post("/privacy/people/referrer/{id}/erasure", c.referralId()).with(manager()).with(csrf()))
        .andExpect(redirectedUrl("/privacy/people/referrer/" + c.referralId()));

    assertThat(jdbc.sql("select referrer_name, referrer_email, referrer_phone, referrer_organisation, source"
            + " from amends.referral where id = ?").param(c.referralId()).query().singleRow())
        .containsEntry("referrer_name", "Anonymised").containsEntry("referrer_email", null)
        .containsEntry("referrer_phone", null).containsEntry("referrer_organisation", "Essex Police")
        .containsEntry("source", "POLICE");
    assertThat(jdbc.sql("select recipient_address from amends.email_record where case_id = ? and recipient_kind = 'REFERRER'")
        .param(c.caseId()).query(String.class).single()).isEqualTo("Anonymised");
    assertThat(party(c.harmedId())).containsEntry("name", "Ava " + c.surname());
  }

  @Test
  void shouldLetOnlyManagersEraseAnyone() throws Exception {
    FixtureCase c = fixtures.create(LocalDate.now().minusMonths(3), false);
    for (String role : List.of("COORDINATOR", "FACILITATOR", "MONITOR")) {
      mvc.perform(get("/privacy/people/party/{id}/erasure", c.harmedId()).with(as(role)))
          .andExpect(status().isForbidden());
      mvc.perform(post("/privacy/people/party/{id}/erasure", c.harmedId()).with(as(role)).with(csrf()))
          .andExpect(status().isForbidden());
    }
    mvc.perform(post("/privacy/people/party/{id}/erasure", c.harmedId()).with(manager()))
        .andExpect(status().isForbidden()); // no CSRF token
    assertThat(party(c.harmedId())).containsEntry("name", "Ava " + c.surname());
  }

  private Map<String, Object> party(long id) {
    return jdbc.sql("select * from amends.party where id = ?").param(id).query().singleRow();
  }

  private Map<String, Object> facilitator(long id) {
    return jdbc.sql("select * from amends.facilitator where id = ?").param(id).query().singleRow();
  }

  private List<String> audit(String action, String kind, long id) {
    return jdbc.sql("select outcome from amends.audit_event where action = ? and subject_kind = ? and subject_id = ?"
            + " order by id").params(action, kind, String.valueOf(id)).query(String.class).list();
  }
}
