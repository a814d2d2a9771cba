package org.amends.engine.server.rest;

import io.camunda.client.protocol.rest.MigrateProcessInstanceMappingInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceMigrationInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceModificationInstruction;
import java.util.List;
import org.amends.engine.Engine;
import org.amends.engine.api.MigrateProcessInstance;
import org.amends.engine.api.ModifyProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Changing a running process instance: modification and migration (204 once applied). */
@RestController
class ProcessInstanceChangeController {

  private final Engine engine;

  ProcessInstanceChangeController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping("/v2/process-instances/{processInstanceKey}/modification")
  ResponseEntity<Void> modify(
      @PathVariable long processInstanceKey, @RequestBody ProcessInstanceModificationInstruction request) {
    engine.modifyProcessInstance(toCommand(processInstanceKey, request));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/v2/process-instances/{processInstanceKey}/migration")
  ResponseEntity<Void> migrate(
      @PathVariable long processInstanceKey, @RequestBody ProcessInstanceMigrationInstruction request) {
    engine.migrateProcessInstance(new MigrateProcessInstance(
        processInstanceKey,
        Rest.require("targetProcessDefinitionKey",
            Rest.parseKey("targetProcessDefinitionKey", request.getTargetProcessDefinitionKey())),
        mappings(Rest.require("mappingInstructions", request.getMappingInstructions()))));
    return ResponseEntity.noContent().build();
  }

  static List<MigrateProcessInstance.Mapping> mappings(List<MigrateProcessInstanceMappingInstruction> instructions) {
    return instructions.stream()
        .map(m -> new MigrateProcessInstance.Mapping(
            Rest.require("sourceElementId", m.getSourceElementId()),
            Rest.require("targetElementId", m.getTargetElementId())))
        .toList();
  }

  private static ModifyProcessInstance toCommand(long processInstanceKey, ProcessInstanceModificationInstruction request) {
    List<ModifyProcessInstance.Activate> activate = request.getActivateInstructions() == null ? List.of()
        : request.getActivateInstructions().stream()
            .map(a -> new ModifyProcessInstance.Activate(
                Rest.require("elementId", a.getElementId()),
                a.getAncestorElementInstanceKey() == null ? null
                    : Rest.parseKey("ancestorElementInstanceKey", a.getAncestorElementInstanceKey()),
                a.getVariableInstructions() == null ? List.of()
                    : a.getVariableInstructions().stream()
                        .map(v -> new ModifyProcessInstance.Variables(v.getScopeId(), Rest.orEmpty(v.getVariables())))
                        .toList()))
            .toList();
    List<Long> terminate = request.getTerminateInstructions() == null ? List.of()
        : request.getTerminateInstructions().stream()
            .map(t -> Rest.require("elementInstanceKey",
                Rest.parseKey("elementInstanceKey", t.getElementInstanceKey())))
            .toList();
    return new ModifyProcessInstance(processInstanceKey, activate, terminate);
  }
}
