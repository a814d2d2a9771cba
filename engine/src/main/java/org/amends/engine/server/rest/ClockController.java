package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.ClockPinRequest;
import java.time.Instant;
import org.amends.engine.Engine;
import org.amends.engine.EngineException;
import org.amends.engine.server.EngineServerSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The API's clock: pin it to an instant, or reset it to system time (only with clock control). */
@RestController
class ClockController {

  private final Engine engine;
  private final EngineServerSettings settings;

  ClockController(Engine engine, EngineServerSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  @PutMapping("/v2/clock")
  ResponseEntity<?> pin(@RequestBody ClockPinRequest request) {
    if (!settings.clockControl()) {
      return forbidden();
    }
    Long timestamp = Rest.require("timestamp", request.getTimestamp());
    if (timestamp < 0) {
      throw EngineException.invalidArgument("The timestamp must not be negative, but was " + timestamp + ".");
    }
    engine.pinClock(Instant.ofEpochMilli(timestamp));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/v2/clock/reset")
  ResponseEntity<?> reset() {
    if (!settings.clockControl()) {
      return forbidden();
    }
    engine.resetClock();
    return ResponseEntity.noContent().build();
  }

  static ResponseEntity<?> forbidden() {
    return ApiErrors.problem(HttpStatus.FORBIDDEN, "FORBIDDEN",
        "The engine clock is not controllable. Start the engine with amends.engine.clock-control=true"
            + " (environment: AMENDS_ENGINE_CLOCK_CONTROL=true) to pin, move or reset it.");
  }
}
