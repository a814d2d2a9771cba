package org.amends.engine.server.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.function.Predicate;

/**
 * The one place the gRPC side checks credentials: every call's {@code authorization} metadata
 * (what Camunda clients send, e.g. {@code Bearer <token>} or {@code Basic <base64>}) goes to the
 * check before the call reaches the engine. A call without it, or one the check refuses, is
 * answered {@code UNAUTHENTICATED} with Zeebe's message.
 */
public final class GatewayAuthentication implements ServerInterceptor {

  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final Predicate<String> accepts;
  private final boolean required;

  private GatewayAuthentication(Predicate<String> accepts, boolean required) {
    this.accepts = accepts;
    this.required = required;
  }

  /** No credential asked for (the REST API asks for none either). */
  public static GatewayAuthentication none() {
    return new GatewayAuthentication(authorization -> true, false);
  }

  /**
   * Every call must carry {@code authorization} metadata that the check accepts; give it the
   * same check the REST API applies to its {@code Authorization} header.
   */
  public static GatewayAuthentication requiring(Predicate<String> accepts) {
    return new GatewayAuthentication(accepts, true);
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    if (required) {
      String authorization = headers.get(AUTHORIZATION);
      if (authorization == null || authorization.isBlank()) {
        call.close(Status.UNAUTHENTICATED.withDescription(
            "Expected authentication information at header with key [authorization], but found nothing"),
            new Metadata());
        return new ServerCall.Listener<>() {};
      }
      if (!accepts.test(authorization)) {
        call.close(Status.UNAUTHENTICATED.withDescription(
            "Expected a valid credential at header with key [authorization], but it was not accepted"),
            new Metadata());
        return new ServerCall.Listener<>() {};
      }
    }
    return next.startCall(call, headers);
  }
}
