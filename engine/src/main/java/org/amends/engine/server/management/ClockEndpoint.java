package org.amends.engine.server.management;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.amends.engine.Engine;
import org.amends.engine.server.EngineServerSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engine clock as Zeebe's {@code clock} actuator endpoint serves it, which Camunda Process
 * Test calls to read and move time ({@code increaseTime}) and to reset it after each test. Off
 * unless clock control is switched on: a production engine's time must not be movable.
 */
@RestController
class ClockEndpoint {

  private final Engine engine;
  private final EngineServerSettings settings;

  ClockEndpoint(Engine engine, EngineServerSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  @GetMapping("/actuator/clock")
  ResponseEntity<?> get() {
    if (!settings.clockControl()) {
      return Problems.clockControlOff();
    }
    return ResponseEntity.ok(now());
  }

  /** {@code {"offsetMilli": n}}: moves the clock by n ms (may be negative). */
  @PostMapping("/actuator/clock/add")
  ResponseEntity<?> add(@RequestBody(required = false) JsonNode body) {
    if (!settings.clockControl()) {
      return Problems.clockControlOff();
    }
    JsonNode offset = body == null ? null : body.get("offsetMilli");
    if (offset == null || !offset.canConvertToLong() || !offset.isIntegralNumber()) {
      return Problems.of(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT",
          "Expected a body {\"offsetMilli\": <milliseconds>}, but got: " + body);
    }
    engine.addToClock(Duration.ofMillis(offset.longValue()));
    return ResponseEntity.ok(now());
  }

  /** {@code {"epochMilli": n}}: stops the clock at that instant, as Zeebe's endpoint does. */
  @PostMapping("/actuator/clock/pin")
  ResponseEntity<?> pin(@RequestBody(required = false) JsonNode body) {
    if (!settings.clockControl()) {
      return Problems.clockControlOff();
    }
    JsonNode epochMilli = body == null ? null : body.get("epochMilli");
    if (epochMilli == null || !epochMilli.isIntegralNumber() || epochMilli.longValue() < 0) {
      return Problems.of(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT",
          "Expected a body {\"epochMilli\": <milliseconds since the epoch>}, but got: " + body);
    }
    engine.pinClock(Instant.ofEpochMilli(epochMilli.longValue()));
    return ResponseEntity.ok(now());
  }

  @DeleteMapping("/actuator/clock")
  ResponseEntity<?> reset() {
    if (!settings.clockControl()) {
      return Problems.clockControlOff();
    }
    engine.resetClock();
    return ResponseEntity.ok(now());
  }

  private Map<String, Object> now() {
    Instant now = engine.clock().now();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("epochMilli", now.toEpochMilli());
    body.put("instant", now.toString());
    return body;
  }
}
