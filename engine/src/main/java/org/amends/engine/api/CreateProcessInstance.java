package org.amends.engine.api;

import java.util.Map;

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
    String startElementId) {}
