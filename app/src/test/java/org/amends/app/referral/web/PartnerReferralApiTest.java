package org.amends.app.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.LocalDate;
import org.amends.app.casework.Area;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyRole;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.Referral;
import org.amends.app.referral.ReferralService;
import org.amends.app.referral.ReferralSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class PartnerReferralApiTest extends IntakeTestSupport {

  static final String POLICE_KEY = "test-police-key";
  static final String YOT_KEY = "test-yot-key";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired CaseService cases;
  @Autowired ReferralService referrals;
  @Autowired CamundaClient camunda;

  @Test
  void shouldOpenTheCaseStartItsJourneyAndAnswerCreated() throws Exception {
    String body = mvc.perform(send(POLICE_KEY, referral("Ava Stone", "Ben Stone")))
        .andExpect(status().isCreated())
        .andExpect(content().contentTypeCompatibleWith("application/json"))
        .andExpect(jsonPath("$.caseReference").value(matchesPattern("RJ-\\d{4}-\\d{5,}")))
        .andExpect(jsonPath("$.caseId").isNumber())
        .andReturn().getResponse().getContentAsString();
    JsonNode created = json.readTree(body);
    String reference = created.get("caseReference").asText();
    long caseId = created.get("caseId").asLong();

    mvc.perform(send(POLICE_KEY, referral("Ava Stone 2", "Ben Stone 2")))
        .andExpect(header().string("Location", matchesPattern("http://localhost/api/partner/referrals/RJ-\\d{4}-\\d{5,}")));

    Case opened = cases.get(caseId);
    assertThat(opened.reference()).isEqualTo(reference);
    assertThat(opened.area()).isEqualTo(new Area("SOUTHEND"));
    assertThat(opened.sensitivity().domesticAbuse()).isTrue();
    Referral referral = referrals.get(caseId);
    assertThat(referral.source()).isEqualTo(ReferralSource.POLICE);
    assertThat(referral.referrer().organisation()).isEqualTo("Essex Police");
    assertThat(referral.referrer().name()).isEqualTo("PC Jo Lane");
    assertThat(referral.referralDate()).isEqualTo(LocalDate.of(2026, 1, 12));
    assertThat(referral.incidentDate()).isEqualTo(LocalDate.of(2025, 11, 3));
    assertThat(cases.parties(caseId)).extracting(Party::role, Party::name).containsExactly(
        org.assertj.core.groups.Tuple.tuple(PartyRole.HARMED, "Ava Stone"),
        org.assertj.core.groups.Tuple.tuple(PartyRole.HARMER, "Ben Stone"),
        org.assertj.core.groups.Tuple.tuple(PartyRole.SUPPORTER, "Cal Stone"));
    assertThat(camunda.newProcessInstanceSearchRequest()
            .filter(f -> f.processDefinitionId(JourneyStarter.PROCESS_ID).processInstanceKey(opened.processInstanceKey()))
            .send().join().items())
        .hasSize(1);

    // the journey runs on meanwhile (a domestic abuse case with no specialist is referred on), so
    // the answer is compared with the case as it stands when it is given
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        mvc.perform(get("/api/partner/referrals/" + reference).header("X-API-Key", POLICE_KEY))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.caseReference").value(reference))
            .andExpect(jsonPath("$.status").value(cases.get(caseId).status().name()))
            .andExpect(jsonPath("$.referralDate").value("2026-01-12"))
            .andExpect(content().string(not(containsString("Ava Stone")))));
  }

  @Test
  void shouldNameEveryMissingOrInvalidField() throws Exception {
    String request = referral("Dee Lowe", "Eli Lowe")
        .replace("\"incidentDate\": \"2025-11-03\",", "")
        .replace("\"ava@example.com\"", "\"not-an-email\"")
        .replace("\"name\": \"Eli Lowe\"", "\"name\": \"\"")
        .replace("\"2025-11-04\"", "\"2099-01-01\"");

    mvc.perform(send(POLICE_KEY, request))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.title").value("Invalid referral"))
        .andExpect(jsonPath("$.instance").value("/api/partner/referrals"))
        .andExpect(jsonPath("$.detail").value(containsString("harmed.email must be a well-formed email address")))
        .andExpect(jsonPath("$.detail").value(containsString("incidentDate must not be null")))
        .andExpect(jsonPath("$.errors[?(@.field == 'harmed.email')].message").value("must be a well-formed email address"))
        .andExpect(jsonPath("$.errors[?(@.field == 'harmer.name')].message").value("must not be blank"))
        .andExpect(jsonPath("$.errors[?(@.field == 'incidentDate')].message").value("must not be null"))
        .andExpect(jsonPath("$.errors[?(@.field == 'reportDate')].message").value("must be a date in the past or in the present"))
        .andExpect(jsonPath("$.errors.length()").value(4))
        .andExpect(content().string(not(containsString("Exception"))));
    assertThat(cases.findByReference("none")).isEmpty();
  }

  @Test
  void shouldRefuseALongEmailWithoutBacktracking() throws Exception {
    String request = referral("Hal Long", "Ivy Long")
        .replace("\"ava@example.com\"", "\"a@" + "a.".repeat(10_000) + "@\"");
    mvc.perform(send(POLICE_KEY, request))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'harmed.email')].message",
            org.hamcrest.Matchers.containsInAnyOrder("must be a well-formed email address", "size must be between 0 and 254")));
  }

  @Test
  void shouldRefuseABodyOverTheLimitWithAProblem() throws Exception {
    String request = referral("Jo Big", "Kai Big").replace("\"Assault\"", "\"" + "x".repeat(70 * 1024) + "\"");
    mvc.perform(send(POLICE_KEY, request))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(413))
        .andExpect(jsonPath("$.detail").value("The request body is larger than the 64 KB allowed."));
  }

  @Test
  void shouldCheckWhatDependsOnMoreThanOneField() throws Exception {
    String request = referral("Fay Moss", "Gus Moss")
        .replace("\"reportDate\": \"2025-11-04\"", "\"reportDate\": \"2025-11-01\"")
        .replace("\"wentToCourt\": false", "\"wentToCourt\": false, \"sentenceDate\": \"2025-12-01\"")
        .replace("\"preferredContact\": \"PHONE\"", "\"preferredContact\": \"TEXT\"")
        .replace("\"phone\": \"07700 900982\",", "");

    mvc.perform(send(POLICE_KEY, request))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'reportDate')].message").value("must be on or after incidentDate"))
        .andExpect(jsonPath("$.errors[?(@.field == 'sentenceDate')].message").value("must be empty unless wentToCourt is true"))
        .andExpect(jsonPath("$.errors[?(@.field == 'harmer.phone')].message").value("must not be blank when preferredContact is PHONE or TEXT"));
  }

  @Test
  void shouldNameAnUnknownEnumValueAndAWrongDate() throws Exception {
    mvc.perform(send(POLICE_KEY, referral("Hal Nye", "Ivy Nye").replace("\"SOUTHEND\"", "\"ATLANTIS\"")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("area"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("must be one of COLCHESTER, SOUTHEND")));
    mvc.perform(send(POLICE_KEY, referral("Hal Nye", "Ivy Nye").replace("\"role\": \"SUPPORTER\"", "\"role\": \"FRIEND\"")))
        .andExpect(jsonPath("$.errors[0].field").value("others[0].role"));
    mvc.perform(send(POLICE_KEY, referral("Hal Nye", "Ivy Nye").replace("\"2025-11-03\"", "\"3 November 2025\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("incidentDate"))
        .andExpect(jsonPath("$.errors[0].message").value("must be a date in the form YYYY-MM-DD"));
  }

  @Test
  void shouldAnswerMalformedJsonWithAProblemNotAStackTrace() throws Exception {
    mvc.perform(send(POLICE_KEY, "{\"referrer\": {\"name\": \"PC Jo Lane\",,}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.detail").value(containsString("The request body is not well-formed JSON")))
        .andExpect(jsonPath("$.errors").isArray())
        .andExpect(content().string(not(containsString("at org."))));
    mvc.perform(send(POLICE_KEY, ""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Send the referral as a JSON object in the request body."));
  }

  @Test
  void shouldRefuseACallWithoutAKey() throws Exception {
    mvc.perform(post("/api/partner/referrals").contentType("application/json").content(referral("Jo Pike", "Kai Pike")))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    mvc.perform(get("/api/partner/referrals/RJ-2026-00001"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void shouldNotShowAnAgencyAnotherAgencysReferral() throws Exception {
    String body = mvc.perform(send(POLICE_KEY, referral("Lou Park", "Max Park")))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    String reference = json.readTree(body).get("caseReference").asText();

    mvc.perform(get("/api/partner/referrals/" + reference).header("X-API-Key", YOT_KEY))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    mvc.perform(get("/api/partner/referrals/RJ-1999-99999").header("X-API-Key", POLICE_KEY))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/partner/referrals/" + reference).header("X-API-Key", POLICE_KEY))
        .andExpect(status().isOk());
  }

  static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder send(
      String key, String body) {
    return post("/api/partner/referrals").header("X-API-Key", key)
        .contentType("application/json").content(body);
  }

  static String referral(String harmed, String harmer) {
    return """
        {
          "referrer": {"name": "PC Jo Lane", "email": "jo.lane@police.example.com", "phone": "01245 000000"},
          "referralDate": "2026-01-12",
          "incidentDate": "2025-11-03",
          "reportDate": "2025-11-04",
          "offenceType": "Assault",
          "wentToCourt": false,
          "area": "SOUTHEND",
          "sensitivity": {"domesticAbuse": true},
          "harmed": {"name": "%s", "email": "ava@example.com", "preferredContact": "EMAIL", "emailContactAgreed": true},
          "harmer": {"name": "%s", "phone": "07700 900982", "preferredContact": "PHONE"},
          "others": [{"role": "SUPPORTER", "name": "Cal Stone"}]
        }
        """.formatted(harmed, harmer);
  }
}
