package org.amends.engine.api;

import java.util.List;
import java.util.Map;
import org.amends.engine.EngineException;

/**
 * Start an instance of a process: by definition key, or by BPMN process id and version (-1 or
 * null for the latest).
 */
public record CreateProcessInstance(
    Long processDefinitionKey,
    String bpmnProcessId,
    Integer version,
    Map<String, Object> variables,
    String tenantId,
    String startElementId) {

  /**
   * A creation as either transport receives it, checked the same way: a key wins over a process
   * id; at most one start instruction; no runtime instructions.
   *
   * @param startElementIds the element ids of the start instructions, in order
   */
  public static CreateProcessInstance of(
      Long processDefinitionKey,
      String bpmnProcessId,
      Integer version,
      Map<String, Object> variables,
      String tenantId,
      List<String> startElementIds,
      boolean hasRuntimeInstructions) {
    if (processDefinitionKey == null && (bpmnProcessId == null || bpmnProcessId.isBlank())) {
      throw EngineException.invalidArgument(
          "At least one of [processDefinitionId, processDefinitionKey] is required.");
    }
    if (hasRuntimeInstructions) {
      throw EngineException.invalidArgument("Runtime instructions are not supported by this engine.");
    }
    String startElement = null;
    if (startElementIds != null && !startElementIds.isEmpty()) {
      if (startElementIds.size() > 1) {
        throw EngineException.invalidArgument("Only one start instruction is supported by this engine.");
      }
      startElement = startElementIds.get(0);
      if (startElement == null || startElement.isBlank()) {
        throw EngineException.invalidArgument("No startInstructions[0].elementId provided.");
      }
    }
    return new CreateProcessInstance(
        processDefinitionKey,
        processDefinitionKey == null ? bpmnProcessId : null,
        processDefinitionKey == null ? version : null,
        variables == null ? Map.of() : variables,
        tenantId,
        startElement);
  }
}
