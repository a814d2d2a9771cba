package org.amends.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.api.AdHocJobResult;
import org.amends.engine.api.JobResult;
import org.amends.engine.processing.command.JobCommands;

/**
 * The engine's job API (what a job worker calls): activation, by long poll or by stream, and a
 * job's completion, failure, error and update. Reached through {@link Engine#jobs()}.
 */
public final class Jobs {

  private final JobActivation activation;
  private final JobStreams streams;
  private final CommandSubmission commands;

  Jobs(JobActivation activation, JobStreams streams, CommandSubmission commands) {
    this.activation = activation;
    this.streams = streams;
    this.commands = commands;
  }

  /** Activates jobs, waiting up to the request timeout for one to become available. */
  public CompletableFuture<List<ActivatedJob>> activate(ActivateJobs request) {
    return activation.activate(request);
  }

  /**
   * Opens a job stream, as Zeebe's job push: from now on every job of the request's type that
   * becomes activatable (created, timed out, failed with retries left) is activated for one of
   * the type's open streams, in turn, and handed to it once the activation is committed. A job the
   * stream cannot take any more is made activatable again (yielded) and the stream is closed.
   */
  public JobStream openStream(ActivateJobs request, JobStream.Sink sink) {
    JobStream stream = new JobStream(request, sink, streams::close);
    streams.open(stream);
    return stream;
  }

  /** How many job streams of the type are open (what Zeebe's job stream view shows). */
  public int openStreamCount(String type) {
    return streams.count(type);
  }

  /**
   * Jobs activated for a worker that could not receive them (its call was cancelled, its stream
   * gone): activatable again at once, as Zeebe's job yield, rather than after their timeout.
   */
  public void yieldActivated(List<Long> keys) {
    activation.yieldJobs(keys);
  }

  /**
   * Answers every waiting job activation now and stops holding new ones, so that job workers
   * closing with their application are not kept waiting for a long poll to run out.
   */
  public void stopLongPolling() {
    activation.stopLongPolling();
  }

  public void complete(long key, Map<String, Object> variables) {
    complete(key, variables, (JobResult) null);
  }

  /** Completes a job; the result is a task listener's (denial, corrections), null for none. */
  public void complete(long key, Map<String, Object> variables, JobResult result) {
    commands.run(rt -> JobCommands.complete(rt, key, orEmpty(variables), result == null ? JobResult.NONE : result));
  }

  /** As {@link #complete(long, Map, JobResult)}, answered by the future instead of on the caller's thread. */
  public CompletableFuture<Void> completeLater(long key, Map<String, Object> variables, JobResult result) {
    return commands.submit(rt -> {
      JobCommands.complete(rt, key, orEmpty(variables), result == null ? JobResult.NONE : result);
      return null;
    });
  }

  /** Completes the job of an ad-hoc subprocess's worker with its decision (an adHocSubProcess job result). */
  public void complete(long key, Map<String, Object> variables, AdHocJobResult adHocResult) {
    commands.run(rt -> JobCommands.complete(rt, key, orEmpty(variables), adHocResult));
  }

  /** As {@link #complete(long, Map, AdHocJobResult)}, answered by the future instead of on the caller's thread. */
  public CompletableFuture<Void> completeLater(long key, Map<String, Object> variables, AdHocJobResult adHocResult) {
    return commands.submit(rt -> {
      JobCommands.complete(rt, key, orEmpty(variables), adHocResult);
      return null;
    });
  }

  public void fail(long key, int retries, String errorMessage, Duration retryBackOff, Map<String, Object> variables) {
    if (retryBackOff != null && retryBackOff.isNegative()) {
      throw EngineException.invalidArgument(
          "The retryBackOff must not be negative, but was " + retryBackOff.toMillis() + ".");
    }
    commands.run(rt -> JobCommands.fail(rt, key, retries, errorMessage, retryBackOff, variables));
  }

  public void throwError(long key, String errorCode, String errorMessage, Map<String, Object> variables) {
    commands.run(rt -> JobCommands.throwError(rt, key, errorCode, errorMessage, variables));
  }

  /** Changes a job's retries, its timeout (from now), or both; at least one is required. */
  public void update(long key, Integer retries, Long timeoutMillis) {
    if (retries == null && timeoutMillis == null) {
      throw EngineException.invalidArgument("At least one of [retries, timeout] is required.");
    }
    commands.run(rt -> JobCommands.update(rt, key, retries, timeoutMillis));
  }

  private static Map<String, Object> orEmpty(Map<String, Object> variables) {
    return variables == null ? Map.of() : variables;
  }
}
