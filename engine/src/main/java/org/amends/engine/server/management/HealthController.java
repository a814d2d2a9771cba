package org.amends.engine.server.management;

import java.util.Map;
import org.amends.engine.Engine;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Health in the shape Spring Boot's actuator uses, as a Camunda 8 broker answers it. */
@RestController
class HealthController {

  private final Engine engine;

  HealthController(Engine engine) {
    this.engine = engine;
  }

  @GetMapping({
    "/actuator/health",
    "/actuator/health/readiness",
    "/actuator/health/liveness",
    "/actuator/health/status"
  })
  ResponseEntity<Map<String, String>> health() {
    boolean up = engine.isHealthy();
    return ResponseEntity.status(up ? 200 : 503).body(Map.of("status", up ? "UP" : "DOWN"));
  }
}
