package org.amends.engine.api;

/** A published message's key. */
public record PublishedMessage(long messageKey, String tenantId) {}
