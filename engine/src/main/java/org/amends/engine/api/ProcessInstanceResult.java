package org.amends.engine.api;

import java.util.Map;

/** A process instance that completed, with its variables. */
public record ProcessInstanceResult(ProcessInstanceCreated instance, Map<String, Object> variables) {}
