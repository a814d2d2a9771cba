package org.amends.engine.server.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.StreamActivatedJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobTimeoutRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobTimeoutResponse;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.amends.engine.Engine;
import org.amends.engine.Jobs;
import org.amends.engine.api.AdHocJobResult;
import org.amends.engine.EngineException;
import org.amends.engine.JobStream;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.api.ListenerUserTask;
import org.amends.engine.api.JobResult;
import org.amends.engine.server.EngineServerSettings;

/** Jobs over gRPC: long-polling activation, job push (streams), and what workers do with a job. */
final class JobGateway {

  private final Jobs jobs;
  private final EngineServerSettings settings;

  JobGateway(Engine engine, EngineServerSettings settings) {
    this.jobs = engine.jobs();
    this.settings = settings;
  }

  /**
   * Answered when jobs are activated or the request timeout passes (then with no response, as
   * Zeebe); no thread waits meanwhile. Jobs activated for a call that was cancelled on the way are
   * yielded back at once.
   */
  void activateJobs(ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> observer) {
    ServerCallStreamObserver<ActivateJobsResponse> call = (ServerCallStreamObserver<ActivateJobsResponse>) observer;
    ActivateJobs command;
    try {
      command = ActivateJobs.of(
          request.getType(), request.getWorker(), request.getTimeout(), request.getMaxJobsToActivate(),
          request.getFetchVariableList(), request.getRequestTimeout(), request.getTenantIdsList(),
          settings.longPollMax());
    } catch (EngineException e) {
      observer.onError(GatewayErrors.toStatus(e, null));
      return;
    }
    CompletableFuture<List<ActivatedJob>> activation = jobs.activate(command);
    call.setOnCancelHandler(() -> activation.cancel(false));
    activation.whenComplete((activated, failure) -> {
      if (failure instanceof CancellationException) {
        return;
      }
      if (failure != null) {
        send(call, () -> call.onError(GatewayErrors.toStatus(failure, null)));
        return;
      }
      boolean sent = send(call, () -> {
        if (!activated.isEmpty()) {
          ActivateJobsResponse.Builder response = ActivateJobsResponse.newBuilder();
          activated.forEach(job -> response.addJobs(toProto(job)));
          call.onNext(response.build());
        }
        call.onCompleted();
      });
      if (!sent && !activated.isEmpty()) {
        jobs.yieldActivated(activated.stream().map(ActivatedJob::key).toList());
      }
    });
  }

  /** Runs the sending unless the call is gone; false when nothing could be sent. */
  private static boolean send(ServerCallStreamObserver<?> call, Runnable sending) {
    synchronized (call) {
      if (call.isCancelled()) {
        return false;
      }
      try {
        sending.run();
        return true;
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  /**
   * Job push: the call stays open and receives each job of its type that becomes activatable,
   * until the worker cancels it.
   */
  void streamActivatedJobs(StreamActivatedJobsRequest request, StreamObserver<GatewayOuterClass.ActivatedJob> observer) {
    ServerCallStreamObserver<GatewayOuterClass.ActivatedJob> call =
        (ServerCallStreamObserver<GatewayOuterClass.ActivatedJob>) observer;
    ActivateJobs command;
    try {
      command = ActivateJobs.of(
          request.getType(), request.getWorker(), request.getTimeout(), 1,
          request.getFetchVariableList(), -1L, request.getTenantIdsList(), null);
    } catch (EngineException e) {
      observer.onError(GatewayErrors.toStatus(e, null));
      return;
    }
    AtomicReference<JobStream> stream = new AtomicReference<>();
    call.setOnCancelHandler(() -> {
      JobStream open = stream.get();
      if (open != null) {
        open.close();
      }
    });
    stream.set(jobs.openStream(command, job -> send(call, () -> call.onNext(toProto(job)))));
    if (call.isCancelled()) {
      stream.get().close();
    }
  }

  void completeJob(CompleteJobRequest request, StreamObserver<CompleteJobResponse> observer) {
    // as over REST: a result is checked for task-listener jobs only, so it completes any other job
    Calls.answerLater(observer, "COMPLETE", () -> {
      Map<String, Object> variables = VariablesDocument.read("variables", request.getVariables());
      CompletableFuture<Void> completion = request.hasResult() && "adHocSubProcess".equals(request.getResult().getType())
          ? jobs.completeLater(request.getJobKey(), variables, adHocResult(request.getResult()))
          : jobs.completeLater(request.getJobKey(), variables, request.hasResult() ? jobResult(request.getResult()) : null);
      return completion.thenApply(done -> CompleteJobResponse.getDefaultInstance());
    });
  }

  private static JobResult jobResult(GatewayOuterClass.JobResult result) {
    Map<String, Object> corrections = new LinkedHashMap<>();
    if (result.hasCorrections()) {
      GatewayOuterClass.JobResultCorrections given = result.getCorrections();
      if (given.hasAssignee()) {
        corrections.put("assignee", given.getAssignee());
      }
      if (given.hasDueDate()) {
        corrections.put("dueDate", given.getDueDate());
      }
      if (given.hasFollowUpDate()) {
        corrections.put("followUpDate", given.getFollowUpDate());
      }
      if (given.hasCandidateUsers()) {
        corrections.put("candidateUsers", List.copyOf(given.getCandidateUsers().getValuesList()));
      }
      if (given.hasCandidateGroups()) {
        corrections.put("candidateGroups", List.copyOf(given.getCandidateGroups().getValuesList()));
      }
      if (given.hasPriority()) {
        corrections.put("priority", given.getPriority());
      }
    }
    return new JobResult(result.getDenied(), result.hasDeniedReason() ? result.getDeniedReason() : null, corrections);
  }

  private static AdHocJobResult adHocResult(GatewayOuterClass.JobResult result) {
    return new AdHocJobResult(
        result.getActivateElementsList().stream()
            .map(e -> new AdHocJobResult.ActivateElement(e.getElementId(), VariablesDocument.read("variables", e.getVariables())))
            .toList(),
        result.getIsCompletionConditionFulfilled(),
        result.getIsCancelRemainingInstances());
  }

  void failJob(FailJobRequest request, StreamObserver<FailJobResponse> observer) {
    Calls.answer(observer, "FAIL", () -> {
      Map<String, Object> variables = VariablesDocument.readOrNull("variables", request.getVariables());
      jobs.fail(request.getJobKey(), request.getRetries(), Calls.textOrNull(request.getErrorMessage()),
          Duration.ofMillis(request.getRetryBackOff()), variables);
      return FailJobResponse.getDefaultInstance();
    });
  }

  void throwError(ThrowErrorRequest request, StreamObserver<ThrowErrorResponse> observer) {
    Calls.answer(observer, "THROW_ERROR", () -> {
      Map<String, Object> variables = VariablesDocument.readOrNull("variables", request.getVariables());
      jobs.throwError(request.getJobKey(), Calls.textOrNull(request.getErrorCode()),
          Calls.textOrNull(request.getErrorMessage()), variables);
      return ThrowErrorResponse.getDefaultInstance();
    });
  }

  void updateJobRetries(UpdateJobRetriesRequest request, StreamObserver<UpdateJobRetriesResponse> observer) {
    Calls.answer(observer, "UPDATE_RETRIES", () -> {
      jobs.update(request.getJobKey(), request.getRetries(), null);
      return UpdateJobRetriesResponse.getDefaultInstance();
    });
  }

  void updateJobTimeout(UpdateJobTimeoutRequest request, StreamObserver<UpdateJobTimeoutResponse> observer) {
    Calls.answer(observer, "UPDATE_TIMEOUT", () -> {
      jobs.update(request.getJobKey(), null, request.getTimeout());
      return UpdateJobTimeoutResponse.getDefaultInstance();
    });
  }

  static GatewayOuterClass.ActivatedJob toProto(ActivatedJob job) {
    GatewayOuterClass.ActivatedJob.Builder proto = GatewayOuterClass.ActivatedJob.newBuilder();
    ListenerUserTask task = ListenerUserTask.of(job.kind(), job.customHeaders());
    if (task != null) {
      proto.setUserTask(ListenerUserTaskProto.of(task));
    }
    return proto
        .setKey(job.key())
        .setType(job.type())
        .setProcessInstanceKey(job.processInstanceKey())
        .setBpmnProcessId(job.bpmnProcessId())
        .setProcessDefinitionVersion(job.processDefinitionVersion())
        .setProcessDefinitionKey(job.processDefinitionKey())
        .setElementId(job.elementId())
        .setElementInstanceKey(job.elementInstanceKey())
        .setCustomHeaders(VariablesDocument.write(job.customHeaders()))
        .setWorker(job.worker() == null ? "" : job.worker())
        .setRetries(job.retries())
        .setDeadline(job.deadline())
        .setVariables(VariablesDocument.write(job.variables()))
        .setTenantId(job.tenantId())
        .setKind(kind(job.kind()))
        .setListenerEventType(job.listenerEventType() == null
            ? GatewayOuterClass.ActivatedJob.ListenerEventType.UNSPECIFIED
            : GatewayOuterClass.ActivatedJob.ListenerEventType.valueOf(job.listenerEventType()))
        .build();
  }

  private static GatewayOuterClass.ActivatedJob.JobKind kind(String kind) {
    if (kind == null) {
      return GatewayOuterClass.ActivatedJob.JobKind.BPMN_ELEMENT;
    }
    try {
      return GatewayOuterClass.ActivatedJob.JobKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return GatewayOuterClass.ActivatedJob.JobKind.BPMN_ELEMENT;
    }
  }
}
