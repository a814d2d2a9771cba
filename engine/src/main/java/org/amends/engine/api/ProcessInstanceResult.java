package org.amends.engine.api;

import java.time.Duration;
import java.util.Map;

/** A process instance that completed, with its variables. */
public record ProcessInstanceResult(ProcessInstanceCreated instance, Map<String, Object> variables) {

  /** When a create-with-result request names no timeout: the client's default request timeout. */
  public static final Duration DEFAULT_AWAIT = Duration.ofSeconds(10);

  /** Zeebe's answer when the instance does not complete within the request timeout. */
  public static final String NOT_COMPLETED_IN_TIME =
      "Expected to receive the result of the process instance within the request timeout, but it did not complete in time";

  /** The time to wait for the result: the request's, or the default when it asks for none. */
  public static Duration awaitTime(Long requestTimeoutMillis) {
    return requestTimeoutMillis == null || requestTimeoutMillis <= 0
        ? DEFAULT_AWAIT
        : Duration.ofMillis(requestTimeoutMillis);
  }
}
