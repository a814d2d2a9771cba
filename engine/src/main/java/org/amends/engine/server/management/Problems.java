package org.amends.engine.server.management;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Problem details of the management endpoints. */
final class Problems {

  private Problems() {}

  static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** 403, as Zeebe answers when its clock is not controlled; says how to switch it on. */
  static ResponseEntity<ProblemDetail> clockControlOff() {
    return of(HttpStatus.FORBIDDEN, "FORBIDDEN",
        "The engine clock is not controllable. Start the engine with amends.engine.clock-control=true"
            + " (environment: AMENDS_ENGINE_CLOCK_CONTROL=true) to move, pin or reset it.");
  }

  /** 403: purge deletes every case's process state, so only a test engine allows it. */
  static ResponseEntity<ProblemDetail> purgeOff() {
    return of(HttpStatus.FORBIDDEN, "FORBIDDEN",
        "Purging is switched off. Only an engine for tests may delete all data: start it with"
            + " amends.engine.purge-enabled=true (environment: AMENDS_ENGINE_PURGE_ENABLED=true).");
  }
}
