package org.amends.engine.server.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MigrateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MigrateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ModifyProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ModifyProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessInstanceCreationStartInstruction;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesResponse;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.amends.engine.Engine;
import org.amends.engine.api.CreateProcessInstance;
import org.amends.engine.api.ProcessInstanceCreated;
import org.amends.engine.api.ProcessInstanceResult;

/**
 * Process instances over gRPC: creation (optionally awaiting the result), cancellation, variables,
 * modification and migration.
 */
final class ProcessInstanceGateway {

  private final Engine engine;

  ProcessInstanceGateway(Engine engine) {
    this.engine = engine;
  }

  void create(CreateProcessInstanceRequest request, StreamObserver<CreateProcessInstanceResponse> observer) {
    Calls.answerLater(observer, "CREATE",
        () -> engine.createProcessInstanceLater(command(request)).thenApply(ProcessInstanceGateway::toResponse));
  }

  void createWithResult(
      CreateProcessInstanceWithResultRequest request,
      StreamObserver<CreateProcessInstanceWithResultResponse> observer) {
    Calls.answer(observer, "CREATE_WITH_AWAITING_RESULT", () -> {
      ProcessInstanceResult result = engine.createProcessInstanceWithResult(
          command(request.getRequest()), request.getFetchVariablesList(),
          ProcessInstanceResult.awaitTime(request.getRequestTimeout()));
      if (result == null) {
        throw Status.DEADLINE_EXCEEDED.withDescription(ProcessInstanceResult.NOT_COMPLETED_IN_TIME).asRuntimeException();
      }
      ProcessInstanceCreated created = result.instance();
      return CreateProcessInstanceWithResultResponse.newBuilder()
          .setProcessInstanceKey(created.processInstanceKey())
          .setProcessDefinitionKey(created.processDefinitionKey())
          .setBpmnProcessId(created.bpmnProcessId())
          .setVersion(created.version())
          .setTenantId(created.tenantId())
          .setVariables(VariablesDocument.write(result.variables()))
          .build();
    });
  }

  private static CreateProcessInstance command(CreateProcessInstanceRequest request) {
    return CreateProcessInstance.of(
        Calls.keyOrNull(request.getProcessDefinitionKey()),
        Calls.textOrNull(request.getBpmnProcessId()),
        request.getVersion(),
        VariablesDocument.read("variables", request.getVariables()),
        Calls.textOrNull(request.getTenantId()),
        request.getStartInstructionsList().stream().map(ProcessInstanceCreationStartInstruction::getElementId).toList(),
        request.getRuntimeInstructionsCount() > 0);
  }

  private static CreateProcessInstanceResponse toResponse(ProcessInstanceCreated created) {
    return CreateProcessInstanceResponse.newBuilder()
        .setProcessInstanceKey(created.processInstanceKey())
        .setProcessDefinitionKey(created.processDefinitionKey())
        .setBpmnProcessId(created.bpmnProcessId())
        .setVersion(created.version())
        .setTenantId(created.tenantId())
        .build();
  }

  void cancel(CancelProcessInstanceRequest request, StreamObserver<CancelProcessInstanceResponse> observer) {
    change(observer, "CANCEL", () -> engine.cancelProcessInstance(request.getProcessInstanceKey()),
        CancelProcessInstanceResponse.getDefaultInstance());
  }

  void setVariables(SetVariablesRequest request, StreamObserver<SetVariablesResponse> observer) {
    Calls.answer(observer, "UPDATE", () -> {
      long key = engine.setVariables(
          request.getElementInstanceKey(), VariablesDocument.read("variables", request.getVariables()),
          request.getLocal());
      return SetVariablesResponse.newBuilder().setKey(key).build();
    });
  }

  void resolveIncident(ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> observer) {
    change(observer, "RESOLVE", () -> engine.resolveIncident(request.getIncidentKey()),
        ResolveIncidentResponse.getDefaultInstance());
  }

  void modify(ModifyProcessInstanceRequest request, StreamObserver<ModifyProcessInstanceResponse> observer) {
    change(observer, "MODIFY", () -> engine.modifyProcessInstance(InstanceChangeRequests.modification(request)),
        ModifyProcessInstanceResponse.getDefaultInstance());
  }

  void migrate(MigrateProcessInstanceRequest request, StreamObserver<MigrateProcessInstanceResponse> observer) {
    change(observer, "MIGRATE", () -> engine.migrateProcessInstance(InstanceChangeRequests.migration(request)),
        MigrateProcessInstanceResponse.getDefaultInstance());
  }

  /** A change to a running instance whose answer carries nothing: the empty response once it is committed. */
  private static <R> void change(StreamObserver<R> observer, String intent, Runnable command, R acknowledgement) {
    Calls.answer(observer, intent, () -> {
      command.run();
      return acknowledgement;
    });
  }
}
