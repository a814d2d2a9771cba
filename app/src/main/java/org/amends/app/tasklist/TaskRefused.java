package org.amends.app.tasklist;

/** A task the signed-in member of staff may see but is not theirs to do; the message says why. */
class TaskRefused extends RuntimeException {

  TaskRefused(String message) {
    super(message, null, false, false);
  }
}
