package org.amends.app.modeler;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;

/** The engine's own words for a refusal, from either of the Camunda client's transports. */
final class EngineMessages {

  private EngineMessages() {}

  static String of(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && !(cause instanceof ProblemException) && !(cause instanceof ClientStatusException)) {
      cause = cause.getCause();
    }
    if (cause instanceof ProblemException problem && problem.details() != null
        && problem.details().getDetail() != null) {
      return problem.details().getDetail();
    }
    if (cause instanceof ClientStatusException status && status.getStatus().getDescription() != null) {
      return status.getStatus().getDescription();
    }
    return cause.getMessage();
  }
}
