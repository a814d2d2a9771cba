package org.amends.app.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Generated hostile input (jqwik's generators, sampled) to the doors the public and partners use:
 * the partner API's JSON and every question of the self-referral form, and the staff referral
 * form. Every answer is a refusal that says what is wrong, or a success: never a server error.
 */
class HostileInputFuzzTest extends IntakeTestSupport {

  private static final List<String> PARTNER_FIELDS = List.of("referrer", "name", "email", "phone",
      "referralDate", "incidentDate", "reportDate", "offenceType", "wentToCourt", "area",
      "sensitivity", "domesticAbuse", "harmed", "harmer", "others", "role", "preferredContact",
      "emailContactAgreed", "dateOfBirth");

  @Autowired MockMvc mvc;

  @Test
  void shouldAnswerArbitraryPartnerJsonWithAProblemNeverAServerError() throws Exception {
    AtomicInteger refused = new AtomicInteger();
    for (String body : json(3).map(Object::toString).sampleStream().limit(800).toList()) {
      MockHttpServletResponse response = mvc.perform(post("/api/partner/referrals")
              .header("X-API-Key", "test-police-key").contentType("application/json").content(body))
          .andReturn().getResponse();
      assertThat(response.getStatus()).as(body).isLessThan(500);
      if (response.getStatus() >= 400) {
        refused.incrementAndGet();
        assertThat(response.getContentAsString()).as(body).contains("\"detail\"").doesNotContain("Exception");
      }
    }
    System.out.printf("Partner API: %d of 800 generated bodies refused with a problem, none failed%n", refused.get());
    assertThat(refused.get()).isGreaterThan(700);
  }

  @Test
  void shouldAnswerArbitraryAnswersToEverySelfReferralQuestionWithAPageNeverAServerError() throws Exception {
    MockHttpSession session = new MockHttpSession();
    answerEverything(session);
    int sent = 0;
    for (Question question : Question.values()) {
      for (String junk : junk().sampleStream().limit(60).toList()) {
        MockHttpServletRequestBuilder request = post("/self-referral/" + question.slug)
            .param("change", "true").session(session).with(csrf());
        switch (question.kind) {
          case DATE -> request.param(question.field + ".day", junk).param(question.field + ".month", junk)
              .param(question.field + ".year", junk);
          default -> request.param(question.field, junk);
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).as("%s = %s", question.slug, junk).isIn(200, 302, 303);
        sent++;
      }
      // put the valid answers back for the next question's turn
      answerEverything(session);
    }
    System.out.printf("Self-referral: %d generated answers, none failed%n", sent);
  }

  @Test
  void shouldAnswerArbitraryStaffReferralFormsWithErrorsNeverAServerError() throws Exception {
    List<String> fields = List.of("source", "referrerName", "referrerOrganisation", "referrerEmail",
        "referralDate.day", "referralDate.month", "referralDate.year", "offenceType",
        "incidentDate.day", "incidentDate.month", "incidentDate.year", "wentToCourt", "summary", "area",
        "sensitivity", "harmed.name", "harmed.email", "harmed.preferredContact",
        "harmed.emailContactAgreed", "harmed.dateOfBirth.year", "harmer.name", "other.role", "other.name",
        "reportDate.day", "sentenceDate.month");
    for (List<String> values : junk().list().ofSize(fields.size()).sampleStream().limit(300).toList()) {
      MockHttpServletRequestBuilder request = post("/referrals/new")
          .with(user("coordinator").roles("COORDINATOR")).with(csrf());
      for (int i = 0; i < fields.size(); i++) {
        request.param(fields.get(i), values.get(i));
      }
      int status = mvc.perform(request).andReturn().getResponse().getStatus();
      assertThat(status).as("%s", values).isLessThan(500);
    }
  }

  private void answerEverything(MockHttpSession session) throws Exception {
    String[][] steps = {
        {"who", "role", "HARMED"}, {"name", "name", "Fuzz Person"},
        {"date-of-birth", "dateOfBirth", "1988-2-14"}, {"contact", "contactMethod", "EMAIL"},
        {"email", "email", "fuzz@example.com"}, {"what-happened", "incidentType", "HATE_CRIME"},
        {"when", "incidentDate", "2025-11-3"}, {"where", "area", "BASILDON"},
        {"reported", "reported", "yes"}, {"report-date", "reportDate", "2025-11-4"},
        {"other-person", "otherPersonName", ""}, {"safety", "safety", ""}};
    for (String[] step : steps) {
      MockHttpServletRequestBuilder request = post("/self-referral/" + step[0]).session(session).with(csrf());
      if (step[0].endsWith("date-of-birth") || step[0].equals("when") || step[0].equals("report-date")) {
        String[] parts = step[2].split("-");
        request.param(step[1] + ".year", parts[0]).param(step[1] + ".month", parts[1]).param(step[1] + ".day", parts[2]);
      } else {
        request.param(step[1], step[2]);
      }
      mvc.perform(request);
    }
  }

  private static Arbitrary<String> junk() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(50),
        Arbitraries.strings().withChars("<>&\"'%{}$[]\\/\u0000\u202e").ofMinLength(1).ofMaxLength(20),
        Arbitraries.of("", " ", "-1", "0", "31", "2147483648", "99999999999999999999", "1e9",
            "<script>alert(1)</script>", "${7*7}", "' or 1=1 --", "x".repeat(3000), "\uD83D\uDE00"));
  }

  private static Arbitrary<Object> json(int depth) {
    Arbitrary<Object> leaf = Arbitraries.oneOf(
        junk().map(HostileInputFuzzTest::quote),
        Arbitraries.longs().map(Object::toString),
        Arbitraries.of("true", "false", "null", "1e308", "\"2026-02-30\"", "\"SOUTHEND\"", "\"EMAIL\""));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Object> object = Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(PARTNER_FIELDS),
            Arbitraries.strings().ofMaxLength(6)), Arbitraries.lazy(() -> json(depth - 1)))
        .ofMaxSize(8)
        .map(fields -> {
          StringBuilder out = new StringBuilder("{");
          fields.forEach((key, value) -> out.append(out.length() > 1 ? "," : "").append(quote(key)).append(':').append(value));
          return out.append('}').toString();
        });
    Arbitrary<Object> array = Arbitraries.lazy(() -> json(depth - 1)).list().ofMaxSize(3)
        .map(items -> "[" + String.join(",", items.stream().map(Object::toString).toList()) + "]");
    return Arbitraries.frequencyOf(Tuple.of(1, leaf), Tuple.of(6, object), Tuple.of(1, array));
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
