package org.amends.app.tasklist;

/** Something staff asked for that cannot be done, with the message to show them. */
class TaskProblem extends RuntimeException {

  TaskProblem(String message) {
    super(message);
  }
}
