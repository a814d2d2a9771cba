package org.amends.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.processing.Writer;
import org.amends.engine.state.Job;

/**
 * Jobs handed to workers: activated for a long poll (which waits on the writer until one of its
 * type becomes available) or pushed to open job streams, and yielded back when nobody took them.
 */
final class JobActivation {

  /** Jobs activated per stream in one turn of the round robin over a type's streams. */
  private static final int STREAM_BATCH = 32;

  private final Writer writer;
  private final Waiters waiters;
  private final JobStreams streams;
  /** Cleared when the host is shutting down: workers get answers at once instead of waiting. */
  private volatile boolean longPolling = true;

  JobActivation(Writer writer, Waiters waiters, JobStreams streams) {
    this.writer = writer;
    this.waiters = waiters;
    this.streams = streams;
  }

  CompletableFuture<List<ActivatedJob>> activate(ActivateJobs request) {
    CompletableFuture<List<ActivatedJob>> answer = new CompletableFuture<>();
    Instant deadline = Instant.now().plus(request.requestTimeout() == null ? Duration.ZERO : request.requestTimeout());
    tryActivate(new Waiters.PendingActivation(request, answer, deadline));
    return answer;
  }

  /** After a commit: streams first, as in Zeebe (a job goes to a waiting stream before a long poll). */
  void released(Waiters.Released released) {
    released.pushTypes().forEach(this::pushToStreams);
    released.retry().forEach(this::tryActivate);
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

  private static ActivatedJob toActivated(Job job, Map<String, Object> variables) {
    return new ActivatedJob(
        job.key, job.type, job.processInstanceKey, job.bpmnProcessId, job.processDefinitionVersion,
        job.processDefinitionKey, job.elementId, job.elementInstanceKey, job.customHeaders, job.worker,
        job.retries, job.deadline.toEpochMilli(), variables, job.tenantId, job.kind);
  }

  /** Activates the type's activatable jobs for its open streams, round robin, and pushes them. */
  private void pushToStreams(String type) {
    writer.submit(rt -> {
      List<JobStream> open = streams.inTurn(type);
      List<Map.Entry<JobStream, ActivatedJob>> deliveries = new ArrayList<>();
      boolean more = !open.isEmpty();
      while (more) {
        more = false;
        for (JobStream stream : open) {
          ActivateJobs request = stream.request();
          List<Job> jobs = rt.jobs().activate(
              type, request.worker(), request.timeout(), STREAM_BATCH, request.tenantIds());
          for (Job job : jobs) {
            deliveries.add(Map.entry(stream, toActivated(job, rt.jobs().variablesFor(job, request.fetchVariables()))));
          }
          more |= jobs.size() == STREAM_BATCH;
        }
      }
      return deliveries;
    }).whenComplete((deliveries, failure) -> {
      if (deliveries == null) {
        return;
      }
      List<Long> undelivered = new ArrayList<>();
      for (Map.Entry<JobStream, ActivatedJob> delivery : deliveries) {
        if (!delivery.getKey().push(delivery.getValue())) {
          undelivered.add(delivery.getValue().key());
        }
      }
      if (!undelivered.isEmpty()) {
        yieldJobs(undelivered);
      }
    });
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
