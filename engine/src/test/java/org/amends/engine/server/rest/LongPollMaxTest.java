package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivateJobsResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.server.LocalPostgres;
import org.amends.engine.server.TestCredential;
import org.amends.engine.server.conformance.ConformanceExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With amends.engine.long-poll-max set, no job activation is held longer than that. */
@ExtendWith(ConformanceExtension.class)
class LongPollMaxTest {

  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static LocalPostgres postgres;
  private static EngineServer server;
  private static CamundaClient client;

  @BeforeAll
  static void start() {
    postgres = LocalPostgres.startTemporary();
    server = EngineServer.start(
        EngineServerSettings.defaults(CREDENTIAL.credential()).withPorts(0, 0, 0)
            .withLongPollMax(Duration.ofMillis(500)), postgres.dataSource(), false);
    client = CREDENTIAL.clientBuilder(server)
        .defaultRequestTimeout(Duration.ofMinutes(2))
        .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
    postgres.close();
  }

  @Test
  void shouldAnswerALongPollAtTheMaximumRatherThanItsRequestTimeout() throws Exception {
    // when a worker asks to wait a minute for jobs that never come
    CompletableFuture<ActivateJobsResponse> answer = client.newActivateJobsCommand()
        .jobType("nothing-ever")
        .maxJobsToActivate(1)
        .requestTimeout(Duration.ofMinutes(1))
        .send()
        .toCompletableFuture();

    // then it is answered, empty, long before the minute is up
    assertThat(answer.get(30, TimeUnit.SECONDS).getJobs()).isEmpty();
  }
}
