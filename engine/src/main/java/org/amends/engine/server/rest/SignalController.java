package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.SignalBroadcastRequest;
import io.camunda.client.protocol.rest.SignalBroadcastResult;
import org.amends.engine.Engine;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Signals: broadcast to every waiting catch event and signal start event. */
@RestController
class SignalController {

  private final Engine engine;

  SignalController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping("/v2/signals/broadcast")
  SignalBroadcastResult broadcast(@RequestBody SignalBroadcastRequest request) {
    Rest.require("signalName", request.getSignalName());
    long key = engine.broadcastSignal(request.getSignalName(), request.getVariables(), request.getTenantId());
    return new SignalBroadcastResult()
        .signalKey(Rest.key(key))
        .tenantId(request.getTenantId() == null || request.getTenantId().isBlank() ? "<default>" : request.getTenantId());
  }
}
