package org.amends.engine.server.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.amends.engine.EngineConfiguration;
import org.amends.engine.clock.EngineClock;
import org.amends.engine.processing.Writer;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.amends.engine.server.LocalPostgres;
import org.amends.engine.server.TestCredential;
import org.amends.engine.server.TestEngineServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the unmodified Camunda client (preferring gRPC, its settings otherwise default) sees when
 * the engine is busy: a full command queue answers RESOURCE_EXHAUSTED (the client retries as
 * Zeebe's service config tells it, then gives up with that status) and writes nothing; a command
 * not answered within the engine's deadline answers DEADLINE_EXCEEDED with the engine's own
 * message, and still takes effect once the writer gets to it (as well for the commands the
 * gateway answers from the writer's commit as for those a gateway thread waits for); and the calls
 * handled on the transport's thread (creates, completions) never hold it while they wait, so other
 * calls on the same connection are still answered. The writer is held by a read that
 * waits for the test, so the queue and the deadline are reached without load or timing.
 */
class GatewayBackPressureTest {

  private static final TestCredential CREDENTIAL = TestCredential.random();
  private static final int CAPACITY = 2;
  private static LocalPostgres postgres;

  @BeforeAll
  static void startDatabase() {
    postgres = LocalPostgres.startTemporary();
  }

  @AfterAll
  static void stopDatabase() {
    postgres.close();
  }

  private static EngineServer startServer(EngineConfiguration configuration) {
    return EngineServer.start(
        EngineServerSettings.forTests(CREDENTIAL.credential()), configuration, false);
  }

  private static EngineConfiguration configuration(String schema) {
    return new EngineConfiguration(postgres.dataSource(), schema, new EngineClock());
  }

  private static CamundaClient client(EngineServer server) {
    return CREDENTIAL.clientBuilder(server, TestEngineServer.Transport.GRPC)
        .defaultRequestTimeout(Duration.ofMinutes(2))
        .build();
  }

  /** Holds the writer with a read until the latch is released; returns once the writer is held. */
  private static CompletableFuture<Object> holdWriter(EngineServer server, CountDownLatch release) throws InterruptedException {
    CountDownLatch held = new CountDownLatch(1);
    CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> server.engine().read(state -> {
      held.countDown();
      try {
        release.await(2, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    }));
    assertThat(held.await(1, TimeUnit.MINUTES)).isTrue();
    return holder;
  }

  private static CompletableFuture<PublishMessageResponse> publish(CamundaClient client, String name) {
    // join() is how callers of the client see an answer: a refusal as a ClientStatusException
    return CompletableFuture.supplyAsync(() -> client.newPublishMessageCommand().messageName(name).correlationKey("key")
        .timeToLive(Duration.ofHours(1)).send().join());
  }

  private static Throwable failureOf(CompletableFuture<?> future) {
    Throwable failure = future.handle((ok, error) -> error).join();
    return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
  }

  /** The engine's DEADLINE_EXCEEDED, which says the command may yet take effect. */
  private static void assertStillBeingProcessed(Throwable answer) {
    assertThat(answer).isInstanceOf(ClientStatusException.class);
    ClientStatusException status = (ClientStatusException) answer;
    assertThat(status.getStatusCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    assertThat(status.getStatus().getDescription())
        .isEqualTo("Expected an answer within 2s, but the command is still being processed; it may yet take effect");
  }

  @Test
  void shouldAnswerResourceExhaustedToTheClientWhenTheQueueIsFullAndWriteNothingForIt() throws Exception {
    try (EngineServer server = startServer(configuration("engine_client_backpressure").withCommandQueueCapacity(CAPACITY));
        CamundaClient client = client(server)) {
      // given the writer is busy
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Object> holder = holdWriter(server, release);

      // when one command more than the queue holds is sent
      List<CompletableFuture<PublishMessageResponse>> sent = new ArrayList<>();
      for (int i = 0; i <= CAPACITY; i++) {
        sent.add(publish(client, "message-" + i));
      }
      CompletableFuture.anyOf(sent.toArray(CompletableFuture[]::new)).handle((ok, error) -> null).join();

      // then the client hears RESOURCE_EXHAUSTED for it while the others still wait in the queue
      List<CompletableFuture<PublishMessageResponse>> done = sent.stream().filter(CompletableFuture::isDone).toList();
      assertThat(done).hasSize(1);
      Throwable refusal = failureOf(done.get(0));
      assertThat(refusal).isInstanceOf(ClientStatusException.class);
      assertThat(((ClientStatusException) refusal).getStatusCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
      assertThat(((ClientStatusException) refusal).getStatus().getDescription()).isEqualTo(Writer.QUEUE_FULL);
      assertThat(holder).isNotDone();

      // and once the writer is free the queued commands are answered; the refused one wrote nothing
      release.countDown();
      holder.get(1, TimeUnit.MINUTES);
      for (CompletableFuture<PublishMessageResponse> queued : sent) {
        if (queued != done.get(0)) {
          assertThat(queued.get(1, TimeUnit.MINUTES).getMessageKey()).isPositive();
        }
      }
      assertThat(server.engine().<Integer>read(state -> state.messages.size())).isEqualTo(CAPACITY);
    }
  }

  @Test
  void shouldAnswerDeadlineExceededToTheClientWhenTheCommandIsNotAnsweredInTimeAndStillCarryItOut() throws Exception {
    try (EngineServer server = startServer(configuration("engine_client_deadline").withCommandTimeout(Duration.ofSeconds(2)));
        CamundaClient client = client(server)) {
      // given the writer is busy for longer than the engine's command deadline (the holding read
      // itself is answered with the deadline too, while the writer stays held)
      CountDownLatch release = new CountDownLatch(1);
      holdWriter(server, release);

      // when a command is sent (the client itself would wait two minutes)
      CompletableFuture<PublishMessageResponse> late = publish(client, "late-message");

      // then the client hears the engine's DEADLINE_EXCEEDED, which says the command may yet take effect
      assertStillBeingProcessed(failureOf(late));

      // and it does take effect once the writer is free (a read is answered after it)
      release.countDown();
      assertThat(server.engine().<List<String>>read(state -> state.messages.values().stream().map(m -> m.name).toList()))
          .containsExactly("late-message");
    }
  }

  @Test
  void shouldAnswerDeadlineExceededToACreateAnsweredFromTheCommitAndStillCreateTheInstance() throws Exception {
    try (EngineServer server = startServer(configuration("engine_client_create_deadline").withCommandTimeout(Duration.ofSeconds(2)));
        CamundaClient client = client(server)) {
      client.newDeployResourceCommand().addProcessModel(
          Bpmn.createExecutableProcess("Process_Late").startEvent().userTask("UserTask_Wait").endEvent().done(),
          "late.bpmn").send().join();
      // given the writer is busy for longer than the engine's command deadline
      CountDownLatch release = new CountDownLatch(1);
      holdWriter(server, release);

      // when an instance is created (a command the gateway answers from the writer's commit, with no thread waiting)
      CompletableFuture<ProcessInstanceEvent> late = CompletableFuture.supplyAsync(() ->
          client.newCreateInstanceCommand().bpmnProcessId("Process_Late").latestVersion().send().join());

      // then the client hears the engine's DEADLINE_EXCEEDED all the same
      assertStillBeingProcessed(failureOf(late));

      // and the instance is created once the writer is free
      release.countDown();
      assertThat(server.engine().<List<String>>read(state -> state.elementInstances.values().stream()
              .filter(instance -> instance.flowScopeKey < 0).map(instance -> instance.bpmnProcessId).toList()))
          .containsExactly("Process_Late");
    }
  }

  @Test
  void shouldAnswerOtherCallsWhileCreatesAndCompletionsWaitForTheWriterOnTheTransportThread() throws Exception {
    try (EngineServer server = startServer(configuration("engine_client_transport_thread"));
        CamundaClient client = client(server)) {
      client.newDeployResourceCommand().addProcessModel(
          Bpmn.createExecutableProcess("Process_Queued").startEvent().userTask("UserTask_Wait").endEvent().done(),
          "queued.bpmn").send().join();
      // given the writer is busy
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Object> holder = holdWriter(server, release);

      // when creates and completions (the calls handled on the transport's thread) wait for it
      List<CompletableFuture<?>> waiting = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        waiting.add(client.newCreateInstanceCommand().bpmnProcessId("Process_Queued").latestVersion().send().toCompletableFuture());
        waiting.add(client.newCompleteCommand(1000L + i).send().toCompletableFuture());
      }

      // then a call on the same connection is still answered: none of them holds the transport thread
      assertThat(client.newTopologyRequest().send().join().getBrokers()).isNotEmpty();
      assertThat(holder).isNotDone();
      assertThat(waiting).noneMatch(CompletableFuture::isDone);

      // and once the writer is free they are all answered: the instances created, the unknown jobs not found
      release.countDown();
      for (int i = 0; i < waiting.size(); i += 2) {
        assertThat(((ProcessInstanceEvent) waiting.get(i).get(1, TimeUnit.MINUTES)).getProcessInstanceKey()).isPositive();
        assertThat(Status.fromThrowable(failureOf(waiting.get(i + 1))).getCode()).isEqualTo(Status.Code.NOT_FOUND);
      }
    }
  }
}
