package org.amends.engine.server.grpc;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MigrateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ModifyProcessInstanceRequest;
import org.amends.engine.api.MigrateProcessInstance;
import org.amends.engine.api.ModifyProcessInstance;

/** Modification and migration requests of the gateway protocol as the engine's commands. */
final class InstanceChangeRequests {

  private InstanceChangeRequests() {}

  static ModifyProcessInstance modification(ModifyProcessInstanceRequest request) {
    return new ModifyProcessInstance(
        request.getProcessInstanceKey(),
        request.getActivateInstructionsList().stream()
            .map(activate -> new ModifyProcessInstance.Activate(
                activate.getElementId(),
                activate.getAncestorElementInstanceKey(),
                activate.getVariableInstructionsList().stream()
                    .map(v -> new ModifyProcessInstance.Variables(
                        v.getScopeId(), VariablesDocument.read("variables", v.getVariables())))
                    .toList()))
            .toList(),
        request.getTerminateInstructionsList().stream()
            .map(ModifyProcessInstanceRequest.TerminateInstruction::getElementInstanceKey)
            .toList());
  }

  static MigrateProcessInstance migration(MigrateProcessInstanceRequest request) {
    MigrateProcessInstanceRequest.MigrationPlan plan = request.getMigrationPlan();
    return new MigrateProcessInstance(
        request.getProcessInstanceKey(),
        plan.getTargetProcessDefinitionKey(),
        plan.getMappingInstructionsList().stream()
            .map(m -> new MigrateProcessInstance.Mapping(m.getSourceElementId(), m.getTargetElementId()))
            .toList());
  }
}
