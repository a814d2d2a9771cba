package org.amends.engine.api;

/** A started process instance. */
public record ProcessInstanceCreated(
    long processInstanceKey, long processDefinitionKey, String bpmnProcessId, int version, String tenantId) {}
