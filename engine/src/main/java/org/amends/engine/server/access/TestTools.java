package org.amends.engine.server.access;

import org.amends.engine.server.EngineServerSettings;

/**
 * The endpoints that exist only for tests: moving the engine clock and purging all data, each
 * off unless switched on ({@code amends.engine.clock-control}, {@code amends.engine.purge-enabled}),
 * and the topology read with which Camunda Process Test waits for a purge to finish.
 *
 * <p>Camunda Process Test 8.8.14 calls these with its own HTTP client
 * ({@code io.camunda.process.test.impl.client.CamundaManagementClient}), which sends no credential
 * in remote mode (it sends only a fixed {@code demo:demo} when multi-tenancy is on) and cannot
 * be given one: its only setting is the monitoring address, and the Apache HTTP client it uses
 * rejects credentials in a URL. So, only while a tool is switched on, its calls are answered
 * without a credential when they come from this machine and not from a browser.
 */
final class TestTools {

  private final EngineServerSettings settings;

  TestTools(EngineServerSettings settings) {
    this.settings = settings;
  }

  /** The clock or purge endpoints: refused to any browser, and JSON (or no body) only. */
  static boolean isTool(String path) {
    return isClock(path) || isPurge(path);
  }

  static boolean isClock(String path) {
    return path.equals("/actuator/clock") || path.startsWith("/actuator/clock/");
  }

  static boolean isPurge(String path) {
    return path.equals("/actuator/cluster/purge");
  }

  /** Whether this request is one a switched-on tool answers without a credential. */
  boolean answersWithoutCredential(String method, String path) {
    if (isClock(path)) {
      return settings.clockControl();
    }
    if (isPurge(path)) {
      return settings.purgeEnabled() && method.equals("POST");
    }
    // Camunda Process Test reads the topology's lastCompletedChangeId after a purge
    return settings.purgeEnabled() && method.equals("GET") && path.equals("/v2/topology");
  }
}
