package org.amends.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.Job;

/**
 * Job push inside the batch that made the jobs activatable, as Zeebe activates a job for a
 * stream in the same processing step that created it: the activation is committed with the batch
 * and the jobs go out right after that commit, with no second transaction between a job's
 * creation and its worker. Runs on the writer thread only.
 */
final class StreamPush {

  /** Jobs activated per stream in one turn of the round robin over a type's streams. */
  private static final int STREAM_BATCH = 32;

  private record Delivery(JobStream stream, ActivatedJob job) {}

  private final JobStreams streams;
  private final Consumer<List<Long>> yieldJobs;
  /** Activated in the batch being written: pushed after its commit, dropped on a rollback. */
  private final List<Delivery> staged = new ArrayList<>();

  StreamPush(JobStreams streams, Consumer<List<Long>> yieldJobs) {
    this.streams = streams;
    this.yieldJobs = yieldJobs;
  }

  /** Activates the types' activatable jobs for their open streams, round robin. */
  void activate(BpmnRuntime rt, List<String> types) {
    for (String type : types) {
      List<JobStream> open = streams.inTurn(type);
      boolean more = !open.isEmpty();
      while (more) {
        more = false;
        for (JobStream stream : open) {
          ActivateJobs request = stream.request();
          List<Job> jobs = rt.jobs().activate(
              type, request.worker(), request.timeout(), STREAM_BATCH, request.tenantIds());
          for (Job job : jobs) {
            staged.add(new Delivery(stream, JobActivation.toActivated(job, rt.jobs().variablesFor(job, request.fetchVariables()))));
          }
          more |= jobs.size() == STREAM_BATCH;
        }
      }
    }
  }

  /** After the commit: hands each job to its stream; those a stream cannot take are yielded. */
  void deliver() {
    if (staged.isEmpty()) {
      return;
    }
    List<Delivery> deliveries = new ArrayList<>(staged);
    staged.clear();
    List<Long> undelivered = new ArrayList<>();
    for (Delivery delivery : deliveries) {
      if (!delivery.stream().push(delivery.job())) {
        undelivered.add(delivery.job().key());
      }
    }
    if (!undelivered.isEmpty()) {
      yieldJobs.accept(undelivered);
    }
  }

  /** The batch was dropped: its activations never happened. */
  void rollback() {
    staged.clear();
  }
}
