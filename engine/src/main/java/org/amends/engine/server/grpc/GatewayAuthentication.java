package org.amends.engine.server.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import org.amends.engine.server.access.AllowedHosts;
import org.amends.engine.server.access.EngineCredential;

/**
 * The gateway's door, asking what the HTTP ports' access filter asks: a call must be addressed to
 * one of the engine's host names ({@code :authority}, against DNS rebinding) and carry the
 * engine's credential in its {@code authorization} metadata, which the Camunda client sends there
 * with {@code camunda.client.auth.method=basic}. Refused calls never reach the engine.
 */
public final class GatewayAuthentication implements ServerInterceptor {

  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final EngineCredential credential;
  private final AllowedHosts hosts;

  private GatewayAuthentication(EngineCredential credential, AllowedHosts hosts) {
    this.credential = credential;
    this.hosts = hosts;
  }

  public static GatewayAuthentication of(EngineCredential credential, AllowedHosts hosts) {
    return new GatewayAuthentication(credential, hosts);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    if (!hosts.allows(call.getAuthority())) {
      return refuse(call, Status.PERMISSION_DENIED.withDescription(
          "The call's authority (" + call.getAuthority() + ") does not name this engine. Allowed: "
              + String.join(", ", hosts.names())
              + "; add a name with amends.engine.allowed-hosts (AMENDS_ENGINE_ALLOWED_HOSTS)."));
    }
    String authorization = headers.get(AUTHORIZATION);
    if (authorization == null || authorization.isBlank()) {
      return refuse(call, Status.UNAUTHENTICATED.withDescription(
          "Expected authentication information at header with key [authorization], but found"
              + " nothing. Send the engine's username and password with HTTP Basic authentication"
              + " (camunda.client.auth.method=basic)."));
    }
    if (!credential.matches(authorization)) {
      return refuse(call, Status.UNAUTHENTICATED.withDescription(
          "The credential at header with key [authorization] is not the engine's."));
    }
    return next.startCall(call, headers);
  }

  private static <Q, R> ServerCall.Listener<Q> refuse(ServerCall<Q, R> call, Status status) {
    call.close(status, new Metadata());
    return new ServerCall.Listener<>() {};
  }
}
