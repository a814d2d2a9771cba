package org.amends.engine.server.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BroadcastSignalRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.BroadcastSignalResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageResponse;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import org.amends.engine.Engine;
import org.amends.engine.api.PublishedMessage;

/** Messages and signals over gRPC. */
final class EventGateway {

  private final Engine engine;

  EventGateway(Engine engine) {
    this.engine = engine;
  }

  void publishMessage(PublishMessageRequest request, StreamObserver<PublishMessageResponse> observer) {
    Calls.answer(observer, "PUBLISH", () -> {
      PublishedMessage published = engine.publishMessage(
          request.getName(), request.getCorrelationKey(), Duration.ofMillis(request.getTimeToLive()),
          Calls.textOrNull(request.getMessageId()),
          VariablesDocument.read("variables", request.getVariables()),
          Calls.textOrNull(request.getTenantId()));
      return PublishMessageResponse.newBuilder()
          .setKey(published.messageKey())
          .setTenantId(published.tenantId())
          .build();
    });
  }

  void broadcastSignal(BroadcastSignalRequest request, StreamObserver<BroadcastSignalResponse> observer) {
    Calls.answer(observer, "BROADCAST", () -> {
      String tenantId = Calls.textOrNull(request.getTenantId());
      long key = engine.broadcastSignal(
          request.getSignalName(), VariablesDocument.read("variables", request.getVariables()), tenantId);
      return BroadcastSignalResponse.newBuilder()
          .setKey(key)
          .setTenantId(tenantId == null ? "<default>" : tenantId)
          .build();
    });
  }
}
