package org.amends.engine.server.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BrokerInfo;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Partition;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.TopologyResponse;
import io.grpc.stub.StreamObserver;
import org.amends.engine.Engine;
import org.amends.engine.server.EngineServer;
import org.amends.engine.server.EngineServerSettings;

/** One broker with one partition, always its leader: what a single-node Camunda 8 reports. */
final class TopologyGateway {

  /** The broker's command port in a Zeebe cluster, as the REST topology reports it too. */
  private static final int BROKER_PORT = 26501;

  private final Engine engine;
  private final EngineServerSettings settings;

  TopologyGateway(Engine engine, EngineServerSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  void topology(StreamObserver<TopologyResponse> observer) {
    Calls.answer(observer, null, () -> TopologyResponse.newBuilder()
        .addBrokers(BrokerInfo.newBuilder()
            .setNodeId(0)
            .setHost(settings.host())
            .setPort(BROKER_PORT)
            .setVersion(EngineServer.CAMUNDA_VERSION)
            .addPartitions(Partition.newBuilder()
                .setPartitionId(1)
                .setRole(Partition.PartitionBrokerRole.LEADER)
                .setHealth(engine.isHealthy()
                    ? Partition.PartitionBrokerHealth.HEALTHY
                    : Partition.PartitionBrokerHealth.UNHEALTHY)))
        .setClusterSize(1)
        .setPartitionsCount(1)
        .setReplicationFactor(1)
        .setGatewayVersion(EngineServer.CAMUNDA_VERSION)
        .build());
  }
}
