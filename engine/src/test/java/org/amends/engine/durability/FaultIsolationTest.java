package org.amends.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.api.CreateProcessInstance;
import org.amends.engine.api.ProcessInstanceResult;
import org.amends.engine.state.Incident;
import org.junit.jupiter.api.Test;

/**
 * One failure stays with its own instance: a command whose changes cannot be written fails
 * alone, a timer that fails gets an incident and every later batch goes on, and a result is never
 * answered for a completion that was rolled back. PostgreSQL refuses the NUL character in JSON
 * (here in a variable's name), which makes a real write fail; a cycle whose next date lies beyond
 * the calendar makes a real timer fail.
 */
class FaultIsolationTest extends EngineTestSupport {

  private static final String NUL = "a\u0000b";

  @Test
  void commandThatCannotBeWrittenFailsAloneAndTheRestOfItsBatchCommits() throws Exception {
    deploy(Bpmn.createExecutableProcess("work").startEvent().serviceTask("Task", t -> t.zeebeJobType("work")).endEvent().done());
    // when five good commands and a poisoned one are run in one batch
    OneBatch batch = startInOneBatch("work", 5);
    List<CompletableFuture<Long>> good = batch.good();
    CompletableFuture<Long> poison = batch.poison();

    // then the others are done, and the poisoned command fails
    for (CompletableFuture<Long> instance : good) {
      assertThat(isActive(instance.get(30, TimeUnit.SECONDS))).isTrue();
    }
    assertThat(activate("work")).hasSize(5);
    assertThatThrownBy(() -> poison.get(30, TimeUnit.SECONDS)).hasMessageContaining("could not be written");
  }

  @Test
  void jobsOfABatchRunAgainOneByOneStillGoToTheirStream() throws Exception {
    deploy(Bpmn.createExecutableProcess("pushed").startEvent().serviceTask("Task", t -> t.zeebeJobType("pushed-work")).endEvent().done());
    BlockingQueue<ActivatedJob> pushed = new LinkedBlockingQueue<>();
    engine.jobs().openStream(new ActivateJobs("pushed-work", "test", Duration.ofMinutes(5), 1, List.of(), Duration.ZERO, List.of()),
        pushed::offer);
    // when a batch fails and its commands are committed one by one
    OneBatch batch = startInOneBatch("pushed", 3);
    List<CompletableFuture<Long>> good = batch.good();
    CompletableFuture<Long> poison = batch.poison();
    for (CompletableFuture<Long> instance : good) {
      instance.get(30, TimeUnit.SECONDS);
    }
    assertThatThrownBy(() -> poison.get(30, TimeUnit.SECONDS)).hasMessageContaining("could not be written");

    // then the stream gets every job the committed commands created
    List<Long> keys = new ArrayList<>();
    for (int i = 0; i < good.size(); i++) {
      ActivatedJob job = pushed.poll(30, TimeUnit.SECONDS);
      assertThat(job).as("pushed job %d of %d", i + 1, good.size()).isNotNull();
      keys.add(job.processInstanceKey());
    }
    assertThat(keys).containsExactlyInAnyOrderElementsOf(good.stream().map(CompletableFuture::join).toList());
  }

  @Test
  void failingTimerRaisesAnIncidentOnItsInstanceAndLaterBatchesGoOn() {
    deploy(
        Bpmn.createExecutableProcess("poisoned").startEvent()
            .serviceTask("Task", t -> t.zeebeJobType("poisoned-work"))
            .boundaryEvent("Reminder").cancelActivity(false)
            .timerWithCycle("R/2026-01-05T10:00:00Z/P999999999Y")
            .endEvent().done(),
        Bpmn.createExecutableProcess("healthy").startEvent()
            .intermediateCatchEvent("WaitToo").timerWithDuration("PT1H")
            .serviceTask("After", t -> t.zeebeJobType("after")).endEvent().done());
    long poisoned = start("poisoned", Map.of());
    long healthy = start("healthy", Map.of());

    // when both timers are due
    advance(Duration.ofHours(2));

    // then the failing one has an incident on its own instance, the other went on
    List<Incident> incidents = incidents(poisoned);
    assertThat(incidents).singleElement().satisfies(incident -> {
      assertThat(incident.errorType).isEqualTo("UNKNOWN");
      assertThat(incident.elementId).isEqualTo("Task");
      assertThat(incident.errorMessage).startsWith("Expected to process timer ");
    });
    assertThat(activeElements(poisoned)).containsExactly("Task");
    assertThat(incidents(healthy)).isEmpty();
    assertThat(activeElements(healthy)).contains("After");

    // and later commands and timers are processed
    long later = start("healthy", Map.of());
    advance(Duration.ofHours(2));
    assertThat(activeElements(later)).contains("After");
    assertThat(activate("after")).hasSize(2);
    assertThat(incidents(poisoned)).hasSize(1);
  }

  @Test
  void createWithResultIsNotAnsweredForACompletionThatWasRolledBack() throws Exception {
    deploy(Bpmn.createExecutableProcess("result").startEvent().serviceTask("Task", t -> t.zeebeJobType("result-work")).endEvent().done());
    CompletableFuture<ProcessInstanceResult> result = CompletableFuture.supplyAsync(() -> engine.createProcessInstanceWithResult(
        new CreateProcessInstance(null, "result", null, Map.of(), null, null), List.of(), Duration.ofSeconds(60)));
    long jobKey = waitForJob("result-work");

    // when the completion's batch cannot be written
    assertThatThrownBy(() -> engine.jobs().complete(jobKey, Map.of(NUL, 1))).isInstanceOf(RuntimeException.class);
    // and two later batches commit
    engine.read(s -> null);
    engine.read(s -> null);

    // then nobody was told the instance completed: it did not
    assertThat(result).isNotDone();
    long instanceKey = engine.read(s -> s.jobs.get(jobKey).processInstanceKey);
    assertThat(isActive(instanceKey)).isTrue();

    // and the real completion is answered
    engine.jobs().complete(jobKey, Map.of("outcome", "done"));
    assertThat(result.get(30, TimeUnit.SECONDS).variables()).containsEntry("outcome", "done");
  }

  private record OneBatch(List<CompletableFuture<Long>> good, CompletableFuture<Long> poison) {}

  /** Starts instances and one whose variables cannot be written while the writer is held, so they land in one batch. */
  private OneBatch startInOneBatch(String processId, int goodOnes) throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> engine.read(s -> {
      held.countDown();
      await(release);
      return null;
    }));
    held.await(10, TimeUnit.SECONDS);
    List<CompletableFuture<Long>> good = new ArrayList<>();
    for (int i = 0; i < goodOnes; i++) {
      good.add(CompletableFuture.supplyAsync(() -> start(processId, Map.of("n", 1))));
    }
    CompletableFuture<Long> poison = CompletableFuture.supplyAsync(() -> start(processId, Map.of(NUL, 1)));
    waitUntilQueued();
    release.countDown();
    holder.get(30, TimeUnit.SECONDS);
    return new OneBatch(good, poison);
  }

  private long waitForJob(String type) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      var jobs = activate(type);
      if (!jobs.isEmpty()) {
        return jobs.get(0).key();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no job of type " + type);
  }

  private static void waitUntilQueued() throws InterruptedException {
    // The client threads need a moment to queue their commands behind the held writer; should
    // one come late it lands in the next batch, and the test still holds.
    Thread.sleep(1000);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
