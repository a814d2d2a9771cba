package org.amends.engine.server;

import java.time.Duration;

/**
 * Where the engine server listens and whether tests may move its clock.
 *
 * @param host the address every port binds to (loopback unless told otherwise)
 * @param restPort the Camunda 8 REST API v2 port (0 picks a free port)
 * @param managementPort the management (actuator) port (0 picks a free port)
 * @param grpcPort Zeebe's gateway protocol (gRPC) port (0 picks a free port)
 * @param clockControl whether {@code /actuator/clock} may pin and move the engine clock
 * @param longPollMax the longest a job activation is held waiting for jobs, whatever its
 *     {@code requestTimeout} asks; null to honour the request timeout (the default). Tests whose
 *     clients close after each test set it short, so that closing never waits for a long poll.
 */
public record EngineServerSettings(
    String host, int restPort, int managementPort, int grpcPort, boolean clockControl, Duration longPollMax) {

  public EngineServerSettings(
      String host, int restPort, int managementPort, int grpcPort, boolean clockControl) {
    this(host, restPort, managementPort, grpcPort, clockControl, null);
  }

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_REST_PORT = 8088;
  public static final int DEFAULT_MANAGEMENT_PORT = 9600;
  public static final int DEFAULT_GRPC_PORT = 26500;

  public static EngineServerSettings defaults() {
    return new EngineServerSettings(
        DEFAULT_HOST, DEFAULT_REST_PORT, DEFAULT_MANAGEMENT_PORT, DEFAULT_GRPC_PORT, false);
  }

  /** Free ports on loopback, clock control on: what tests want. */
  public static EngineServerSettings forTests() {
    return new EngineServerSettings(DEFAULT_HOST, 0, 0, 0, true);
  }
}
