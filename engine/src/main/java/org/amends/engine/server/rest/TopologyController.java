package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.BrokerInfo;
import io.camunda.client.protocol.rest.Partition;
import io.camunda.client.protocol.rest.TopologyResponse;
import java.util.List;
import org.amends.engine.Engine;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One broker with one partition, always its leader: what a single-node Camunda 8 reports. */
@RestController
class TopologyController {

  static final String VERSION = EngineServer.CAMUNDA_VERSION;

  private final Engine engine;
  private final EngineServerSettings settings;

  TopologyController(Engine engine, EngineServerSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  @GetMapping("/v2/topology")
  TopologyResponse topology() {
    Partition partition =
        new Partition()
            .partitionId(1)
            .role(Partition.RoleEnum.LEADER)
            .health(engine.isHealthy() ? Partition.HealthEnum.HEALTHY : Partition.HealthEnum.UNHEALTHY);
    BrokerInfo broker =
        new BrokerInfo()
            .nodeId(0)
            .host(settings.host())
            .port(26501)
            .version(VERSION)
            .partitions(List.of(partition));
    return new TopologyResponse()
        .brokers(List.of(broker))
        .clusterSize(1)
        .partitionsCount(1)
        .replicationFactor(1)
        .gatewayVersion(VERSION)
        .lastCompletedChangeId(Long.toString(engine.lastCompletedChangeId()));
  }

  /** 204 when a partition has a healthy leader, 503 otherwise. */
  @GetMapping("/v2/status")
  ResponseEntity<Void> status() {
    return engine.isHealthy()
        ? ResponseEntity.noContent().build()
        : ResponseEntity.status(503).build();
  }
}
