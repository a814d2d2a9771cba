package org.amends.app.casework.web;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.amends.app.casework.CaseFixtures.party;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.amends.app.EngineAndMailTestSupport;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.NewParty;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.Sensitivity;
import org.amends.app.notification.NotificationService;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.StartedCase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The case pages against the real app: embedded PostgreSQL, the engine in-process with the real
 * job workers, and email through GreenMail. Cases are opened with JourneyStarter, as a referral
 * opens them; every test names its people uniquely, so that no case is a duplicate of another
 * and a search by name finds only the test's own cases. The test classes share one application
 * context (same configuration).
 */
@SpringBootTest(properties = "amends.cases.page-size=5")
@AutoConfigureMockMvc
abstract class CasePagesTestSupport extends EngineAndMailTestSupport {

  static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired MockMvc mvc;
  @Autowired JourneyStarter starter;
  @Autowired CaseService cases;
  @Autowired NotificationService notifications;
  @Autowired CamundaClient camunda;

  static RequestPostProcessor coordinator() {
    return user("coordinator").roles("COORDINATOR");
  }

  /** Letters only, so that names made from them read as names. */
  static String unique() {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
  }

  /** A case in this area between "Wren {surname}" and "Sol {surname}", both reachable by email. */
  StartedCase start(Area area, String surname, PartyRole... others) {
    String key = surname.toLowerCase();
    List<NewParty> parties = new ArrayList<>(List.of(
        harmed("Wren " + surname, LocalDate.of(1978, 6, 1), "wren." + key + "@example.org"),
        harmer("Sol " + surname, LocalDate.of(2000, 4, 2), "sol." + key + "@example.org")));
    for (PartyRole role : others) {
      String first = role == PartyRole.SUPPORTER ? "Ash" : "Kit";
      parties.add(party(role, first + " " + surname, LocalDate.of(1990, 3, 3),
          first.toLowerCase() + "." + key + "@example.org", true));
    }
    return starter.start(newCase(area, Sensitivity.NONE, parties.toArray(NewParty[]::new)));
  }

  /**
   * Starts a case and waits until its process waits for people: every party was invited by
   * email (the invitation job sets the CONTACT stage first), so no worker changes the case
   * while the test does.
   */
  StartedCase startAndSettle(Area area, String surname, PartyRole... others) {
    StartedCase started = start(area, surname, others);
    int parties = 2 + others.length;
    await().atMost(WAIT).until(() -> notifications.sentFor(started.caseId()).size() >= parties);
    return started;
  }
}
