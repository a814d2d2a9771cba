package org.amends.engine.server.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.CompletionException;
import org.amends.engine.EngineException;
import org.amends.engine.deployment.DeploymentRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine refusals as the gRPC statuses Zeebe's gateway answers with: the same refusals the REST
 * API maps to problem details (by {@link EngineException.Kind}), here with Zeebe's status codes and
 * its message form {@code Command 'CREATE' rejected with code 'NOT_FOUND': ...}.
 */
final class GatewayErrors {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayErrors.class);

  private GatewayErrors() {}

  /**
   * @param intent the command's intent as Zeebe names it ({@code CREATE}, {@code COMPLETE}...),
   *     or null for a request the gateway itself checks (no command)
   */
  static StatusRuntimeException toStatus(Throwable failure, String intent) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (cause instanceof StatusRuntimeException status) {
      return status;
    }
    if (cause instanceof EngineException e) {
      return status(e.kind()).withDescription(describe(e.kind(), intent, e.getMessage())).asRuntimeException();
    }
    if (cause instanceof DeploymentRejected e) {
      return Status.INVALID_ARGUMENT
          .withDescription(describe(EngineException.Kind.INVALID_ARGUMENT, intent, e.getMessage()))
          .asRuntimeException();
    }
    if (cause instanceof IllegalStateException e && "the engine is stopped".equals(e.getMessage())) {
      return Status.UNAVAILABLE.withDescription("The engine is stopped").asRuntimeException();
    }
    LOG.error("Unexpected failure of a gateway call", cause);
    return Status.INTERNAL.withDescription("Unexpected error: " + cause.getMessage()).asRuntimeException();
  }

  /** Zeebe's gateway: a rejection's type names the status (INVALID_STATE is a failed precondition). */
  static Status status(EngineException.Kind kind) {
    return switch (kind) {
      case INVALID_ARGUMENT -> Status.INVALID_ARGUMENT;
      case NOT_FOUND -> Status.NOT_FOUND;
      case INVALID_STATE -> Status.FAILED_PRECONDITION;
      case ALREADY_EXISTS -> Status.ALREADY_EXISTS;
      case RESOURCE_EXHAUSTED -> Status.RESOURCE_EXHAUSTED;
      case DEADLINE_EXCEEDED -> Status.DEADLINE_EXCEEDED;
      case UNAVAILABLE -> Status.UNAVAILABLE;
    };
  }

  private static String describe(EngineException.Kind kind, String intent, String message) {
    if (intent == null || kind == EngineException.Kind.RESOURCE_EXHAUSTED
        || kind == EngineException.Kind.DEADLINE_EXCEEDED || kind == EngineException.Kind.UNAVAILABLE) {
      return message;
    }
    return "Command '" + intent + "' rejected with code '" + kind.name() + "': " + message;
  }
}
