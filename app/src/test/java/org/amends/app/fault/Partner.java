package org.amends.app.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner agency's system sending referrals to the partner API as a careful client does: each
 * referral with its own Idempotency-Key, sent again with the same key and body after a timeout,
 * a broken connection or a 5xx, until it gets its 201.
 */
final class Partner {

  /** One referral: who it is about (names and addresses unique to it) and what the API answered. */
  record Referral(int number, String tag, String idempotencyKey, long caseId, String reference, int attempts) {

    String harmedName() {
      return "Harmed " + tag;
    }

    String harmedEmail() {
      return "harmed." + tag.toLowerCase() + "@example.org";
    }

    String harmerEmail() {
      return "harmer." + tag.toLowerCase() + "@example.org";
    }

    String referrerEmail() {
      return "referrer." + tag.toLowerCase() + "@police.example.org";
    }
  }

  private final URI api;
  private final String key;
  private final Duration giveUpAfter;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger retries = new AtomicInteger();

  Partner(URI app, String key, Duration giveUpAfter) {
    this.api = app.resolve("/api/partner/referrals");
    this.key = key;
    this.giveUpAfter = giveUpAfter;
  }

  /** How many requests were sent again after no answer or a 5xx. */
  int retries() {
    return retries.get();
  }

  /** Sends the referral until it is answered 201; any other 4xx fails the run. */
  Referral refer(int number, String tag) throws InterruptedException {
    Referral draft = new Referral(number, tag, UUID.randomUUID().toString(), 0, null, 0);
    HttpRequest request = HttpRequest.newBuilder(api)
        .timeout(Duration.ofSeconds(20))
        .header("X-API-Key", key)
        .header("Idempotency-Key", draft.idempotencyKey())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body(draft)))
        .build();
    Instant deadline = Instant.now().plus(giveUpAfter);
    int attempts = 0;
    String last = "nothing";
    while (Instant.now().isBefore(deadline)) {
      attempts++;
      try {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 201) {
          JsonNode created = json.readTree(answer.body());
          return new Referral(number, tag, draft.idempotencyKey(), created.get("caseId").asLong(),
              created.get("caseReference").asText(), attempts);
        }
        if (answer.statusCode() < 500) {
          throw new AssertionError("referral " + number + " was answered " + answer.statusCode() + ": "
              + answer.body());
        }
        last = "HTTP " + answer.statusCode();
      } catch (IOException noAnswer) {
        last = noAnswer.getClass().getSimpleName();
      }
      retries.incrementAndGet();
      Thread.sleep(1000);
    }
    throw new AssertionError("referral " + number + " got no 201 within " + giveUpAfter + " (" + attempts
        + " attempts, last: " + last + ")");
  }

  private static String body(Referral r) {
    return """
        {
          "referrer": {"name": "PC %s", "email": "%s", "phone": "01245 000000"},
          "incidentDate": "2025-11-03",
          "reportDate": "2025-11-04",
          "offenceType": "Criminal damage",
          "wentToCourt": false,
          "area": "SOUTHEND",
          "harmed": {"name": "%s", "email": "%s", "preferredContact": "EMAIL", "emailContactAgreed": true},
          "harmer": {"name": "Harmer %s", "email": "%s", "preferredContact": "EMAIL", "emailContactAgreed": true}
        }
        """.formatted(r.tag(), r.referrerEmail(), r.harmedName(), r.harmedEmail(), r.tag(), r.harmerEmail());
  }
}
