package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.junit.jupiter.api.Test;

/** When the host shuts down, workers waiting in a long poll are answered at once. */
class LongPollingShutdownTest extends EngineTestSupport {

  @Test
  void shouldAnswerWaitingWorkersAtOnceWhenLongPollingStops() {
    // given a worker waiting for jobs for up to a minute
    CompletableFuture<List<ActivatedJob>> waiting = engine.jobs().activate(
        new ActivateJobs("nothing-yet", "w", Duration.ofMinutes(1), 5, List.of(), Duration.ofMinutes(1), List.of()));
    assertThat(waiting).isNotDone();

    // when
    engine.jobs().stopLongPolling();

    // then it gets its (empty) answer now, and later polls do not wait either
    assertThat(waiting.orTimeout(5, TimeUnit.SECONDS).join()).isEmpty();
    assertThat(engine.jobs().activate(new ActivateJobs(
            "nothing-yet", "w", Duration.ofMinutes(1), 5, List.of(), Duration.ofMinutes(1), List.of()))
        .orTimeout(5, TimeUnit.SECONDS).join()).isEmpty();
  }
}
