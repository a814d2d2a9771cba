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
    List<String> startElementIds) {

  /**
   * A creation as either transport receives it, checked the same way: a key wins over a process
   * id; each start instruction names an element; no runtime instructions.
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
    List<String> ids = startElementIds == null ? List.of() : startElementIds;
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) == null || ids.get(i).isBlank()) {
        throw EngineException.invalidArgument("No startInstructions[" + i + "].elementId provided.");
      }
    }
    List<String> startElements = List.copyOf(ids);
    return new CreateProcessInstance(
        processDefinitionKey,
        processDefinitionKey == null ? bpmnProcessId : null,
        processDefinitionKey == null ? version : null,
        variables == null ? Map.of() : variables,
        tenantId,
        startElements);
  }
}
