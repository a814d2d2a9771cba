package org.amends.engine.server.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallExecutorSupplier;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The calls that never wait for the engine (answered from the writer's commit, or by a stream)
 * run on the transport's own thread: the handler only parses the request and queues the command,
 * so handing it to a gateway thread first would add a thread hand-off (a wake-up, on two busy
 * cores often a millisecond or more) to every create and completion. Every other call may wait for
 * the writer and keeps the server's executor, so that it never holds the transport thread.
 */
final class TransportThreadCalls implements ServerCallExecutorSupplier {

  /** Each handler must not block: it returns once the command is queued (see {@link Calls#answerLater}). */
  static final Set<String> METHODS = Set.of(
      "CreateProcessInstance", "CompleteJob", "ActivateJobs", "StreamActivatedJobs");

  private static final Executor TRANSPORT_THREAD = Runnable::run;

  @Override
  public <Q, R> Executor getExecutor(ServerCall<Q, R> call, Metadata metadata) {
    return METHODS.contains(call.getMethodDescriptor().getBareMethodName()) ? TRANSPORT_THREAD : null;
  }
}
