package org.amends.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.amends.engine.Engine;
import org.amends.engine.EngineConfiguration;
import org.amends.engine.EngineException;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.PublishedMessage;
import org.amends.engine.clock.EngineClock;
import org.amends.engine.processing.Writer;
import org.junit.jupiter.api.Test;

/**
 * The command queue is bounded: while the writer is busy and the queue is full, a new command is
 * refused at once with RESOURCE_EXHAUSTED (Zeebe's back-pressure), before anything is written;
 * the queued ones are carried out.
 */
class BackPressureTest extends EngineTestSupport {

  private static final String SCHEMA = "engine_backpressure_test";
  private static final int CAPACITY = 2;

  @Test
  void fullQueueRefusesANewCommandAtOnceAndWritesNothingForIt() throws Exception {
    EngineConfiguration configuration =
        new EngineConfiguration(dataSource(), SCHEMA, new EngineClock()).withCommandQueueCapacity(CAPACITY);
    try (Engine busy = Engine.start(configuration)) {
      // given: the writer is held by a long command
      CountDownLatch held = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> busy.read(s -> {
        held.countDown();
        await(release);
        return null;
      }));
      assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

      // when commands keep coming until one is refused
      List<CompletableFuture<PublishedMessage>> sent = new ArrayList<>();
      CompletableFuture<PublishedMessage> refused = null;
      for (int i = 0; i < 50 && refused == null; i++) {
        String name = "message-" + i;
        CompletableFuture<PublishedMessage> publish = CompletableFuture.supplyAsync(
            () -> busy.publishMessage(name, "key", Duration.ofHours(1), null, Map.of(), null));
        sent.add(publish);
        Thread.sleep(200);
        if (publish.isCompletedExceptionally()) {
          refused = publish;
        }
      }

      // then one was refused while the writer was still held, with Zeebe's answer
      assertThat(refused).isNotNull();
      assertThat(holder).isNotDone();
      Throwable cause = refused.handle((ok, failure) -> failure).join();
      cause = cause instanceof CompletionException ? cause.getCause() : cause;
      assertThat(cause).isInstanceOf(EngineException.class).hasMessage(Writer.QUEUE_FULL);
      assertThat(((EngineException) cause).kind()).isEqualTo(EngineException.Kind.RESOURCE_EXHAUSTED);

      // and the queued commands are carried out once the writer is free; the refused wrote nothing
      release.countDown();
      holder.get(30, TimeUnit.SECONDS);
      long done = sent.stream().filter(f -> f.handle((ok, failure) -> failure == null).join()).count();
      assertThat(done).isEqualTo(CAPACITY);
      int messages = busy.read(s -> s.messages.size());
      assertThat(messages).isEqualTo(CAPACITY);
    } finally {
      try (var connection = dataSource().getConnection(); var statement = connection.createStatement()) {
        statement.execute("drop schema " + SCHEMA + " cascade");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
