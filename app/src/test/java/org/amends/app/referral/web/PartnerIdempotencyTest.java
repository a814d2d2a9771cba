package org.amends.app.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A partner that retries a referral with the same Idempotency-Key never opens a second case. */
class PartnerIdempotencyTest extends IntakeTestSupport {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  @Test
  void shouldAnswerARetryWithTheSameKeyAndReferralAsTheFirstTimeWithoutASecondCase() throws Exception {
    String key = UUID.randomUUID().toString();
    String harmed = "Rhea Retry" + System.nanoTime() % 100000;
    JsonNode first = created(mvc.perform(send("test-police-key", key, referral(harmed)))
        .andExpect(status().isCreated())
        .andExpect(header().doesNotExist("Idempotent-Replayed"))
        .andReturn().getResponse().getContentAsString());

    // the same referral with other spacing and field order is the same request
    String reordered = referral(harmed).replace("\n", " ")
        .replace("\"area\": \"SOUTHEND\",", "").replace("{ ", "{ \"area\": \"SOUTHEND\", ");
    String again = mvc.perform(send("test-police-key", key, reordered))
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(header().string("Location",
            "http://localhost/api/partner/referrals/" + first.get("caseReference").asText()))
        .andReturn().getResponse().getContentAsString();

    assertThat(created(again)).isEqualTo(first);
    assertThat(casesOfHarmed(harmed)).isEqualTo(1);
  }

  @Test
  void shouldRefuseTheSameKeyWithAnotherReferralWith409AndOpenNothing() throws Exception {
    String key = UUID.randomUUID().toString();
    String harmed = "Sol Same" + System.nanoTime() % 100000;
    mvc.perform(send("test-police-key", key, referral(harmed))).andExpect(status().isCreated());

    String other = "Tam Other" + System.nanoTime() % 100000;
    mvc.perform(send("test-police-key", key, referral(other)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(
            "The Idempotency-Key " + key + " was used in the last 24 hours with a different referral."
                + " Send a new key for a new referral."))
        .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    assertThat(casesOfHarmed(other)).isZero();
  }

  @Test
  void shouldKeepEachAgencysKeysApart() throws Exception {
    String key = UUID.randomUUID().toString();
    String police = "Uma Police" + System.nanoTime() % 100000;
    String yot = "Vic Youth" + System.nanoTime() % 100000;
    mvc.perform(send("test-police-key", key, referral(police))).andExpect(status().isCreated());
    mvc.perform(send("test-yot-key", key, referral(yot)))
        .andExpect(status().isCreated())
        .andExpect(header().doesNotExist("Idempotent-Replayed"));
    assertThat(casesOfHarmed(police)).isEqualTo(1);
    assertThat(casesOfHarmed(yot)).isEqualTo(1);
  }

  @Test
  void shouldRefuseAMalformedKeyAndNameTheHeader() throws Exception {
    String harmed = "Wes Wrong" + System.nanoTime() % 100000;
    mvc.perform(send("test-police-key", "has spaces in it", referral(harmed)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
        .andExpect(jsonPath("$.errors[0].message").value("must be 1 to 255 visible ASCII characters"));
    mvc.perform(send("test-police-key", "k".repeat(256), referral(harmed)))
        .andExpect(status().isBadRequest());
    assertThat(casesOfHarmed(harmed)).isZero();
  }

  @Test
  void shouldNotRememberAKeyWhoseReferralWasInvalid() throws Exception {
    String key = UUID.randomUUID().toString();
    String harmed = "Xan Fixed" + System.nanoTime() % 100000;
    mvc.perform(send("test-police-key", key, referral(harmed).replace("\"2026-01-12\"", "\"not a date\"")))
        .andExpect(status().isBadRequest());
    // corrected and sent again with the same key: the first attempt opened nothing
    mvc.perform(send("test-police-key", key, referral(harmed)))
        .andExpect(status().isCreated())
        .andExpect(header().doesNotExist("Idempotent-Replayed"));
    assertThat(casesOfHarmed(harmed)).isEqualTo(1);
  }

  private int casesOfHarmed(String name) {
    return jdbc.sql("select count(distinct case_id) from amends.party where name = :name")
        .param("name", name).query(Integer.class).single();
  }

  private JsonNode created(String body) throws Exception {
    return json.readTree(body);
  }

  static MockHttpServletRequestBuilder send(String apiKey, String idempotencyKey, String body) {
    return post("/api/partner/referrals").header("X-API-Key", apiKey)
        .header("Idempotency-Key", idempotencyKey)
        .contentType("application/json").content(body);
  }

  static String referral(String harmed) {
    return """
        {
          "referrer": {"name": "PC Jo Lane", "email": "jo.lane@police.example.com", "phone": "01245 000000"},
          "referralDate": "2026-01-12",
          "incidentDate": "2025-11-03",
          "reportDate": "2025-11-04",
          "offenceType": "Assault",
          "wentToCourt": false,
          "area": "SOUTHEND",
          "harmed": {"name": "%s", "email": "harmed@example.com", "preferredContact": "EMAIL", "emailContactAgreed": true},
          "harmer": {"name": "Yan Harmer", "phone": "07700 900982", "preferredContact": "PHONE"}
        }
        """.formatted(harmed);
  }
}
