package org.amends.engine.api;

import java.time.Duration;
import java.util.List;

/** A worker asking for jobs; it waits up to {@code requestTimeout} when none is ready. */
public record ActivateJobs(
    String type,
    String worker,
    Duration timeout,
    int maxJobsToActivate,
    List<String> fetchVariables,
    Duration requestTimeout,
    List<String> tenantIds) {}
