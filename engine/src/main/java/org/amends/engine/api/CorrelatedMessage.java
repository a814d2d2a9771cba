package org.amends.engine.api;

/** A message correlated to one process instance. */
public record CorrelatedMessage(long messageKey, long processInstanceKey, String tenantId) {}
