package org.amends.app.engine;

import io.camunda.client.api.command.ClientException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page that needs the engine while it does not answer (the tasklist while it restarts, say)
 * gets a GOV.UK "try again later" page with a 503, not an error: the rest of the service (intake,
 * case pages) keeps working, and the page works again by itself once the engine is back. An
 * engine that answered and refused is a real error and goes on to the error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class EngineUnavailablePage {

  private static final Logger LOG = LoggerFactory.getLogger(EngineUnavailablePage.class);

  @ExceptionHandler(ClientException.class)
  String unavailable(ClientException e, HttpServletResponse response) throws ClientException {
    if (!EngineUnreachable.is(e)) {
      throw e;
    }
    LOG.warn("A page needed the process engine, which did not answer: {}", EngineUnreachable.kind(e));
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    return "error/engine-unavailable";
  }
}
