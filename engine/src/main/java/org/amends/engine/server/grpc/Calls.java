package org.amends.engine.server.grpc;

import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** A unary call: the engine's answer, or its refusal as Zeebe's status. */
final class Calls {

  private Calls() {}

  /**
   * @param intent the command's intent as Zeebe names it in a rejection, null when the call is
   *     no command (a query)
   */
  static <R> void answer(StreamObserver<R> observer, String intent, Supplier<R> call) {
    R response;
    try {
      response = call.get();
    } catch (RuntimeException e) {
      observer.onError(GatewayErrors.toStatus(e, intent));
      return;
    }
    observer.onNext(response);
    observer.onCompleted();
  }

  /**
   * A unary call answered when the engine's future completes (on the writer thread, right after
   * the commit), so no gateway thread waits for the writer in between.
   */
  static <R> void answerLater(StreamObserver<R> observer, String intent, Supplier<CompletableFuture<R>> call) {
    CompletableFuture<R> response;
    try {
      response = call.get();
    } catch (RuntimeException e) {
      observer.onError(GatewayErrors.toStatus(e, intent));
      return;
    }
    response.whenComplete((answer, failure) -> {
      if (failure != null) {
        observer.onError(GatewayErrors.toStatus(failure, intent));
      } else {
        observer.onNext(answer);
        observer.onCompleted();
      }
    });
  }

  /** Keys are 64-bit numbers; 0 is proto3's "not set". */
  static Long keyOrNull(long key) {
    return key == 0 ? null : key;
  }

  /** Proto3 sends "" for an unset string. */
  static String textOrNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
