package org.amends.engine.api;

import java.time.OffsetDateTime;
import java.util.List;

/** Changes to a user task; null leaves a field as it is, an empty value clears it. */
public record UserTaskChanges(
    OffsetDateTime dueDate,
    boolean clearDueDate,
    OffsetDateTime followUpDate,
    boolean clearFollowUpDate,
    List<String> candidateGroups,
    List<String> candidateUsers,
    Integer priority) {}
