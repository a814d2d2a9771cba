package org.amends.app.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.amends.app.EmbeddedEngineTestSupport;
import org.amends.app.casework.CaseFixtures;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.NewCase;
import org.amends.app.referral.JourneyStarter;
import org.amends.app.referral.PendingJourneys;
import org.amends.engine.retention.HistoryRetention;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.server.access.EngineCredential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The app started while the engine is down (the app is configured for an engine elsewhere, as
 * with a Camunda 8 cluster, at its client defaults: gRPC): referrals are received and case pages
 * open; then the engine comes up on the configured address and, with nobody doing anything, the
 * bundled processes are deployed, the waiting journeys start, each once, and the job workers and
 * the tasklist work.
 */
@SpringBootTest(properties = {
    "amends.engine.embedded=false",
    "amends.intake.journey-start-poll=PT0.5S",
    "amends.security.partners[0].name=Essex Police",
    "amends.security.partners[0].source=POLICE",
    "amends.security.partners[0].api-key=test-police-key"})
@AutoConfigureMockMvc
@ActiveProfiles("dev")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineAwayIntakeTest {

  private static final int REST_PORT = EmbeddedEngineTestSupport.freePort();
  private static final int GRPC_PORT = EmbeddedEngineTestSupport.freePort();
  private static final int MANAGEMENT_PORT = EmbeddedEngineTestSupport.freePort();
  private static final String USERNAME = "engine-away";
  private static final String PASSWORD = UUID.randomUUID().toString();
  private static EngineServer engine;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    String dataDirectory = EmbeddedEngineTestSupport.temporaryDataDirectory().toString();
    registry.add("amends.postgres.data-dir", () -> dataDirectory);
    registry.add("camunda.client.rest-address", () -> "http://127.0.0.1:" + REST_PORT);
    registry.add("camunda.client.grpc-address", () -> "http://127.0.0.1:" + GRPC_PORT);
    registry.add("camunda.client.auth.method", () -> "basic");
    registry.add("camunda.client.auth.username", () -> USERNAME);
    registry.add("camunda.client.auth.password", () -> PASSWORD);
    registry.add("amends.mail.catcher.enabled", () -> false);
  }

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired CaseService cases;
  @Autowired PendingJourneys pending;
  @Autowired JourneyStarter starter;
  @Autowired CamundaClient camunda;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  static long partnerCase;
  static String idempotencyKey = UUID.randomUUID().toString();

  @AfterAll
  static void stopEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  @Order(1)
  void shouldReceiveAReferralAndShowItsCaseWhileTheEngineIsDown() throws Exception {
    JsonNode created = json.readTree(mvc.perform(PartnerIdempotencyTest.send("test-police-key",
            idempotencyKey, PartnerIdempotencyTest.referral("Zia Waiting")))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString());
    partnerCase = created.get("caseId").asLong();

    assertThat(cases.get(partnerCase).processInstanceKey()).isNull();
    PendingJourneys.Pending waiting = pending.find(partnerCase).orElseThrow();
    assertThat(waiting.attempts()).isGreaterThanOrEqualTo(1);
    assertThat(waiting.lastFailure()).matches("gRPC UNAVAILABLE|no answer \\(\\w*(Connect|ClosedChannel)Exception\\)");

    mvc.perform(get("/cases/{id}", partnerCase).with(coordinator()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(
            "The journey of this case has not started yet, so it has no tasks.")))
        .andExpect(content().string(containsString("Amends keeps trying by itself")));
    mvc.perform(get("/tasks").with(coordinator()))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().string(containsString("Sorry, tasks cannot be shown at the moment")));

    // the partner times out and sends it again: still one case
    mvc.perform(PartnerIdempotencyTest.send("test-police-key", idempotencyKey,
            PartnerIdempotencyTest.referral("Zia Waiting")))
        .andExpect(status().isCreated())
        .andExpect(header().string("Idempotent-Replayed", "true"));
    assertThat(jdbc.sql("select count(*) from amends.party where name = 'Zia Waiting'")
        .query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  @Order(2)
  void shouldStartEachWaitingJourneyOnceWhenTheEngineComesBack() throws Exception {
    // a case opened while the engine was down, by another way in
    long openedWhileDown = starter.open(sampleCase(), id -> { });

    engine = EngineServer.start(EngineServerSettings.defaults(EngineCredential.basic(USERNAME, PASSWORD))
            .withPorts(REST_PORT, MANAGEMENT_PORT, GRPC_PORT)
            .withHistoryRetention(HistoryRetention.parse("P7Y")),
        dataSource, false);

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
        assertThat(cases.get(partnerCase).processInstanceKey()).isNotNull());
    long started = cases.get(partnerCase).processInstanceKey();
    assertThat(pending.find(partnerCase)).isEmpty();
    assertThat(journeysOf(partnerCase)).containsExactly(started);

    // the job workers recovered by themselves: the journey's first automated steps ran
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
        assertThat(camunda.newElementInstanceSearchRequest()
            .filter(f -> f.processInstanceKey(started).type(ElementInstanceType.SERVICE_TASK)
                .state(ElementInstanceState.COMPLETED))
            .send().join().items()).isNotEmpty());
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        mvc.perform(get("/tasks").with(coordinator())).andExpect(status().isOk()));
    mvc.perform(get("/cases/{id}", partnerCase).with(coordinator()))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("has not started yet"))));

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
        assertThat(cases.get(openedWhileDown).processInstanceKey()).isNotNull());
  }

  @Test
  @Order(3)
  void shouldFindTheJourneyAnAttemptCutShortStartedInsteadOfStartingASecond() {
    // the engine started the journey, and the app stopped before recording its key: here the
    // journey starts inside the transaction that opens the case, so no attempt can come first
    long[] orphan = new long[1];
    long caseId = starter.open(sampleCase(), id -> {
      List<Long> partyIds = cases.parties(id).stream().map(p -> p.id()).toList();
      orphan[0] = camunda.newCreateInstanceCommand().bpmnProcessId(JourneyStarter.PROCESS_ID)
          .latestVersion()
          .variables(Map.of("caseId", id, "partyIds", partyIds, "participantIds", partyIds))
          .send().join().getProcessInstanceKey();
    });

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
        assertThat(cases.get(caseId).processInstanceKey()).isEqualTo(orphan[0]));
    assertThat(journeysOf(caseId)).containsExactly(orphan[0]);
    assertThat(pending.find(caseId)).isEmpty();
  }

  private List<Long> journeysOf(long caseId) {
    return camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(JourneyStarter.PROCESS_ID).variables(Map.of("caseId", caseId)))
        .send().join().items().stream().map(i -> i.getProcessInstanceKey()).toList();
  }

  private static NewCase sampleCase() {
    return CaseFixtures.ordinaryCase("Ada Away" + System.nanoTime() % 100000, "Bo Away");
  }

  private static RequestPostProcessor coordinator() {
    return user("coordinator").roles("COORDINATOR");
  }
}
