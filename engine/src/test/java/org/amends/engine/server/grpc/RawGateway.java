package org.amends.engine.server.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;

/** Gateway calls below the Camunda client, for what the client never sends. */
final class RawGateway {

  private RawGateway() {}

  static ManagedChannel channel(int port) {
    return NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
  }

  /** A channel whose calls name another host in {@code :authority}. */
  static ManagedChannel channel(int port, String authority) {
    return NettyChannelBuilder.forAddress("127.0.0.1", port).overrideAuthority(authority).usePlaintext().build();
  }

  /** A stub whose calls carry the {@code authorization} metadata given. */
  static GatewayGrpc.GatewayBlockingStub stub(ManagedChannel channel, String authorization) {
    Metadata headers = new Metadata();
    headers.put(GatewayAuthentication.AUTHORIZATION, authorization);
    return GatewayGrpc.newBlockingStub(channel).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
  }
}
