package org.amends.engine.api;

import java.time.Duration;
import java.util.List;
import org.amends.engine.EngineException;

/** A worker asking for jobs; it waits up to {@code requestTimeout} when none is ready. */
public record ActivateJobs(
    String type,
    String worker,
    Duration timeout,
    int maxJobsToActivate,
    List<String> fetchVariables,
    Duration requestTimeout,
    List<String> tenantIds) {

  /** A {@code requestTimeout} of 0 means the server's default long-polling time, as in Zeebe. */
  public static final Duration DEFAULT_LONG_POLL = Duration.ofSeconds(10);

  /**
   * A job activation as either transport receives it, checked as Zeebe checks it: a request
   * timeout of 0 (or none) waits the default time, a negative one does not wait; {@code
   * longPollMax} (null for none) caps the wait whatever was asked.
   */
  public static ActivateJobs of(
      String type,
      String worker,
      Long timeoutMillis,
      Integer maxJobsToActivate,
      List<String> fetchVariables,
      Long requestTimeoutMillis,
      List<String> tenantIds,
      Duration longPollMax) {
    if (type == null || type.isBlank()) {
      throw EngineException.invalidArgument("No type provided.");
    }
    if (timeoutMillis == null) {
      throw EngineException.invalidArgument("No timeout provided.");
    }
    if (maxJobsToActivate == null) {
      throw EngineException.invalidArgument("No maxJobsToActivate provided.");
    }
    if (maxJobsToActivate < 1) {
      throw EngineException.invalidArgument(
          "Expected to activate at least 1 job, but maxJobsToActivate was " + maxJobsToActivate + ".");
    }
    if (timeoutMillis < 1) {
      throw EngineException.invalidArgument(
          "Expected a job timeout of at least 1 ms, but it was " + timeoutMillis + ".");
    }
    Duration longPoll = requestTimeoutMillis == null || requestTimeoutMillis == 0
        ? DEFAULT_LONG_POLL
        : requestTimeoutMillis < 0 ? Duration.ZERO : Duration.ofMillis(requestTimeoutMillis);
    if (longPollMax != null && longPoll.compareTo(longPollMax) > 0) {
      longPoll = longPollMax;
    }
    return new ActivateJobs(
        type,
        worker == null || worker.isBlank() ? "default" : worker,
        Duration.ofMillis(timeoutMillis),
        maxJobsToActivate,
        fetchVariables == null ? List.of() : fetchVariables,
        longPoll,
        tenantIds == null || tenantIds.isEmpty() ? List.of("<default>") : tenantIds);
  }
}
