package org.amends.app.engine;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;

/**
 * Tells a failure because the engine did not answer (down, restarting, unreachable: worth trying
 * again later) from one where it answered and refused (a wrong request: trying again changes
 * nothing).
 */
public final class EngineUnreachable {

  private EngineUnreachable() {}

  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ClientStatusException status) {
        Status.Code code = status.getStatusCode();
        return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED
            || code == Status.Code.RESOURCE_EXHAUSTED;
      }
      if (t instanceof ClientHttpException http) {
        return http.code() == 502 || http.code() == 503 || http.code() == 504;
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ClientException) {
        // no status: the request never got an answer (connection refused, timed out)
        return true;
      }
    }
    return false;
  }

  /** What went wrong, without the message: engine messages may quote variables. */
  public static String kind(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ClientStatusException status) {
        return "gRPC " + status.getStatusCode();
      }
      if (t instanceof ClientHttpException http) {
        return "HTTP " + http.code();
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ClientException) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
          root = root.getCause();
        }
        return "no answer (" + root.getClass().getSimpleName() + ")";
      }
    }
    return failure.getClass().getSimpleName();
  }
}
