package org.amends.engine.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.amends.engine.retention.HistoryRetention;
import org.amends.engine.server.access.EngineCredential;

/**
 * Where the engine server listens, the credential it asks for, and the switches for tests.
 *
 * @param host the address every port binds to (loopback unless told otherwise)
 * @param restPort the Camunda 8 REST API v2 port (0 picks a free port)
 * @param managementPort the management (actuator) port (0 picks a free port)
 * @param grpcPort Zeebe's gateway protocol (gRPC) port (0 picks a free port)
 * @param credential the username and password every request and gRPC call must carry (there is
 *     no default)
 * @param allowedHosts names besides the host, localhost, 127.0.0.1 and [::1] that requests may
 *     carry in their {@code Host} header, and gRPC calls in {@code :authority} (for a proxy or a
 *     DNS name in front of the engine)
 * @param clockControl whether {@code /actuator/clock} and {@code /v2/clock} may move the clock
 * @param purgeEnabled whether {@code POST /actuator/cluster/purge} may delete all data
 * @param longPollMax the longest a job activation is held waiting for jobs, whatever its
 *     {@code requestTimeout} asks; null to honour the request timeout (the default). Tests whose
 *     clients close after each test set it short, so that closing never waits for a long poll.
 * @param historyRetention how long finished process instances are kept
 */
public record EngineServerSettings(
    String host,
    int restPort,
    int managementPort,
    int grpcPort,
    EngineCredential credential,
    List<String> allowedHosts,
    boolean clockControl,
    boolean purgeEnabled,
    Duration longPollMax,
    HistoryRetention historyRetention) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_REST_PORT = 8088;
  public static final int DEFAULT_MANAGEMENT_PORT = 9600;
  public static final int DEFAULT_GRPC_PORT = 26500;

  public EngineServerSettings {
    Objects.requireNonNull(credential, "the engine needs a credential");
    allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    historyRetention = historyRetention == null ? HistoryRetention.DEFAULT : historyRetention;
  }

  /** Loopback, the default ports, every test switch off, finished instances kept seven years. */
  public static EngineServerSettings defaults(EngineCredential credential) {
    return new EngineServerSettings(DEFAULT_HOST, DEFAULT_REST_PORT, DEFAULT_MANAGEMENT_PORT,
        DEFAULT_GRPC_PORT, credential, List.of(), false, false, null, HistoryRetention.DEFAULT);
  }

  /** Free ports on loopback, clock control and purge on: what process tests want. */
  public static EngineServerSettings forTests(EngineCredential credential) {
    return defaults(credential).withPorts(0, 0, 0).withClockControl(true).withPurgeEnabled(true);
  }

  public EngineServerSettings withHost(String newHost) {
    return new EngineServerSettings(newHost, restPort, managementPort, grpcPort, credential, allowedHosts,
        clockControl, purgeEnabled, longPollMax, historyRetention);
  }

  public EngineServerSettings withPorts(int newRestPort, int newManagementPort, int newGrpcPort) {
    return new EngineServerSettings(host, newRestPort, newManagementPort, newGrpcPort, credential, allowedHosts,
        clockControl, purgeEnabled, longPollMax, historyRetention);
  }

  public EngineServerSettings withAllowedHosts(List<String> names) {
    return new EngineServerSettings(host, restPort, managementPort, grpcPort, credential, names,
        clockControl, purgeEnabled, longPollMax, historyRetention);
  }

  public EngineServerSettings withClockControl(boolean on) {
    return new EngineServerSettings(host, restPort, managementPort, grpcPort, credential, allowedHosts,
        on, purgeEnabled, longPollMax, historyRetention);
  }

  public EngineServerSettings withPurgeEnabled(boolean on) {
    return new EngineServerSettings(host, restPort, managementPort, grpcPort, credential, allowedHosts,
        clockControl, on, longPollMax, historyRetention);
  }

  public EngineServerSettings withLongPollMax(Duration max) {
    return new EngineServerSettings(host, restPort, managementPort, grpcPort, credential, allowedHosts,
        clockControl, purgeEnabled, max, historyRetention);
  }

  public EngineServerSettings withHistoryRetention(HistoryRetention retention) {
    return new EngineServerSettings(host, restPort, managementPort, grpcPort, credential, allowedHosts,
        clockControl, purgeEnabled, longPollMax, retention);
  }
}
