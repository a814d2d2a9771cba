package org.amends.engine.model;

import org.amends.engine.expression.Expression;

/**
 * What a job worker element creates its job with ({@code zeebe:taskDefinition}): service, send,
 * script and business rule tasks done by a worker, job-worker user tasks, message throw and end
 * events.
 */
public record JobWorkerProperties(Expression type, Expression retries) {}
