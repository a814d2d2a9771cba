package org.amends.engine.api;

import java.util.Map;

/** A job handed to a worker. */
public record ActivatedJob(
    long key,
    String type,
    long processInstanceKey,
    String bpmnProcessId,
    int processDefinitionVersion,
    long processDefinitionKey,
    String elementId,
    long elementInstanceKey,
    Map<String, String> customHeaders,
    String worker,
    int retries,
    long deadline,
    Map<String, Object> variables,
    String tenantId,
    String kind,
    /** For a listener's job: START, END, CREATING, ...; null otherwise. */
    String listenerEventType) {}
