package org.amends.app.casework.web;

/** An action on a case that could not be done; the message is written for the person who asked. */
class ActionFailed extends RuntimeException {

  ActionFailed(String message) {
    super(message);
  }

  ActionFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
