package org.amends.app.tasklist;

/**
 * A task on a case the signed-in member of staff may not see: answered exactly as a task that
 * does not exist, so the answer tells them nothing about it.
 */
class TaskHidden extends RuntimeException {

  TaskHidden() {
    super("Task not found", null, false, false);
  }
}
