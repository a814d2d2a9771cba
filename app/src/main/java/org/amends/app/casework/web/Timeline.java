package org.amends.app.casework.web;

import java.time.Instant;
import java.util.List;

/**
 * What happened on a case, newest first: the steps of its process (from the engine) and the
 * app's own records. {@code problem} says why the process's steps are missing, when they are.
 */
record Timeline(List<Entry> entries, String problem) {

  /** One thing that happened: when, what (title and detail) and who. */
  record Entry(Instant at, String title, String detail, String by) {

    public String when() {
      return Labels.dateTime(at);
    }

    /** For the time element's datetime attribute. */
    public String isoTime() {
      return at.toString();
    }
  }
}
