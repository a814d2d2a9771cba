package org.amends.engine.server.management;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amends.engine.Engine;
import org.amends.engine.server.EngineServerSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Removes all runtime and history data, as on a fresh cluster (Camunda Process Test calls it after
 * every test). Off unless switched on for tests ({@code amends.engine.purge-enabled}). The purge is done when this answers; the change id it reports is then already the
 * topology's {@code lastCompletedChangeId}, which is what the caller waits for.
 */
@RestController
class PurgeEndpoint {

  private final Engine engine;
  private final EngineServerSettings settings;

  PurgeEndpoint(Engine engine, EngineServerSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  @PostMapping("/actuator/cluster/purge")
  ResponseEntity<?> purge(@RequestBody(required = false) byte[] ignored) {
    if (!settings.purgeEnabled()) {
      return Problems.purgeOff();
    }
    long changeId = engine.purge();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("changeId", changeId);
    body.put("currentTopology", List.of());
    body.put("plannedChanges", List.of());
    body.put("expectedTopology", List.of());
    return ResponseEntity.ok(body);
  }
}
