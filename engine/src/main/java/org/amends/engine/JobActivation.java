package org.amends.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.Writer;
import org.amends.engine.state.Job;

/**
 * Jobs handed to workers: activated for a long poll (which waits on the writer until one of its
 * type becomes available) or pushed to open job streams, and yielded back when nobody took them.
 */
final class JobActivation {

  private final Writer writer;
  private final Waiters waiters;
  private final StreamPush streamPush;
  /** Cleared when the host is shutting down: workers get answers at once instead of waiting. */
  private volatile boolean longPolling = true;

  JobActivation(Writer writer, Waiters waiters, JobStreams streams) {
    this.writer = writer;
    this.waiters = waiters;
    this.streamPush = new StreamPush(streams, this::yieldJobs);
  }

  CompletableFuture<List<ActivatedJob>> activate(ActivateJobs request) {
    CompletableFuture<List<ActivatedJob>> answer = new CompletableFuture<>();
    Instant deadline = Instant.now().plus(request.requestTimeout() == null ? Duration.ZERO : request.requestTimeout());
    tryActivate(new Waiters.PendingActivation(request, answer, deadline));
    return answer;
  }

  /**
   * The last due work of a batch, on the writer thread: jobs the batch made activatable are
   * activated in it for the open streams of their type first (as in Zeebe, a job goes to a
   * waiting stream before a long poll), then for the long polls waiting for their type.
   */
  void activateInBatch(BpmnRuntime rt) {
    streamPush.activate(rt, waiters.takeStreamedTypes());
    waiters.takeAvailable().forEach(pending -> activateInBatch(rt, pending));
  }

  /**
   * A long poll whose type the batch made available, activated in the same batch and answered
   * after its commit (no second transaction); one that finds nothing goes on waiting.
   */
  private void activateInBatch(BpmnRuntime rt, Waiters.PendingActivation pending) {
    if (pending.answer().isDone()) {
      return;
    }
    ActivateJobs request = pending.request();
    List<Job> jobs = rt.jobs().activate(
        request.type(), request.worker(), request.timeout(), request.maxJobsToActivate(), request.tenantIds());
    if (jobs.isEmpty()) {
      waiters.waitForJobs(pending);
      return;
    }
    List<ActivatedJob> activated = new ArrayList<>(jobs.size());
    for (Job job : jobs) {
      activated.add(toActivated(job, rt.jobs().variablesFor(job, request.fetchVariables())));
    }
    waiters.answerAfterCommit(pending, activated);
  }

  /** After a commit: the jobs the batch activated for streams go out, then long polls left over try again. */
  void released(Waiters.Released released) {
    streamPush.deliver();
    released.retry().forEach(this::tryActivate);
  }

  /** The batch was dropped: the activations it made for streams never happened. */
  void rollback() {
    streamPush.rollback();
  }

  /**
   * Activates on the writer thread. A request that finds nothing joins the waiters there too,
   * before any later command of the batch runs, so a job created right after it is never missed.
   */
  private void tryActivate(Waiters.PendingActivation pending) {
    ActivateJobs request = pending.request();
    if (pending.answer().isDone()) {
      return;
    }
    writer.submit(rt -> {
      if (pending.answer().isDone()) {
        // Given up by the caller (a cancelled call): activate nothing nobody would receive.
        return null;
      }
      List<Job> jobs = rt.jobs().activate(
          request.type(), request.worker(), request.timeout(), request.maxJobsToActivate(), request.tenantIds());
      List<ActivatedJob> activated = new ArrayList<>(jobs.size());
      for (Job job : jobs) {
        activated.add(toActivated(job, rt.jobs().variablesFor(job, request.fetchVariables())));
      }
      if (activated.isEmpty() && longPolling && Instant.now().isBefore(pending.deadline())) {
        waiters.waitForJobs(pending);
        return null;
      }
      return activated;
    }).whenComplete((jobs, failure) -> {
      if (failure != null) {
        waiters.forget(pending);
        pending.answer().completeExceptionally(failure);
      } else if (jobs != null) {
        pending.answer().complete(jobs);
      }
    });
  }

  static ActivatedJob toActivated(Job job, Map<String, Object> variables) {
    return new ActivatedJob(
        job.key, job.type, job.processInstanceKey, job.bpmnProcessId, job.processDefinitionVersion,
        job.processDefinitionKey, job.elementId, job.elementInstanceKey, job.customHeaders, job.worker,
        job.retries, job.deadline.toEpochMilli(), variables, job.tenantId, job.kind, job.listenerEventType);
  }

  /**
   * Jobs activated for a worker that could not receive them (its call was cancelled, its stream
   * gone): activatable again at once, as Zeebe's job yield, rather than after their timeout.
   */
  void yieldJobs(List<Long> keys) {
    writer.submit(rt -> {
      for (long key : keys) {
        Job job = rt.state().jobs.get(key);
        if (job != null && job.state == Job.State.ACTIVATED) {
          job.state = Job.State.CREATED;
          job.worker = null;
          job.deadline = null;
          rt.state().save(job);
          waiters.jobAvailable(job.type);
        }
      }
      return null;
    });
  }

  /**
   * Answers every waiting job activation now and stops holding new ones, so that job workers
   * closing with their application are not kept waiting for a long poll to run out.
   */
  void stopLongPolling() {
    longPolling = false;
    waiters.answerWaitingActivations();
  }
}
