package org.amends.engine.server.grpc;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.amends.engine.Engine;
import org.amends.engine.server.EngineServerSettings;

/**
 * Zeebe's gateway protocol over gRPC on {@code amends.engine.grpc-port} (26500), bound to the
 * engine's host: what every Zeebe client speaks by default.
 */
public final class GatewayServer implements AutoCloseable {

  /** Calls still running at shutdown (long polls, job streams) get this long to finish. */
  private static final long SHUTDOWN_GRACE_MILLIS = 500;

  private final Server server;

  private GatewayServer(Server server) {
    this.server = server;
  }

  /**
   * Starts serving the engine.
   *
   * @param authentication checks each call's {@code authorization} metadata before it reaches
   *     the engine
   */
  public static GatewayServer start(
      EngineServerSettings settings, Engine engine, GatewayAuthentication authentication) {
    GatewayService service = new GatewayService(engine, settings);
    Server server =
        NettyServerBuilder.forAddress(new InetSocketAddress(settings.host(), settings.grpcPort()))
            .addService(ServerInterceptors.intercept(service, authentication))
            .callExecutor(new TransportThreadCalls())
            // Deployments carry whole BPMN files; Zeebe's gateway accepts 4 MB messages too.
            .maxInboundMessageSize(4 * 1024 * 1024)
            .permitKeepAliveTime(10, TimeUnit.SECONDS)
            .permitKeepAliveWithoutCalls(true)
            .build();
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The gateway (gRPC) cannot listen on " + settings.host() + ":" + settings.grpcPort()
              + " (amends.engine.grpc-port): " + e.getMessage(), e);
    }
    return new GatewayServer(server);
  }

  /** The port actually bound (useful when 0 was asked for). */
  public int port() {
    return server.getPort();
  }

  @Override
  public void close() {
    server.shutdown();
    try {
      if (!server.awaitTermination(SHUTDOWN_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
        server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
