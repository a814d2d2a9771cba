package org.amends.engine.model;

import org.amends.engine.expression.Expression;

/**
 * A user task's kind (a Camunda user task, {@code zeebe:userTask}, or a job-worker user task) and
 * its assignment, schedule and priority ({@code zeebe:assignmentDefinition},
 * {@code zeebe:taskSchedule}, {@code zeebe:priorityDefinition}); each expression null when not given.
 */
public record UserTaskProperties(
    boolean camundaUserTask,
    Expression assignee,
    Expression candidateGroups,
    Expression candidateUsers,
    Expression dueDate,
    Expression followUpDate,
    Expression priority) {}
